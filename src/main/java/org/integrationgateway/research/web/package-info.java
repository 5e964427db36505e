/** Pages and JSON API of market research: the research board, findings, their interpretation and actions, the project's flag. */
package org.integrationgateway.research.web;
