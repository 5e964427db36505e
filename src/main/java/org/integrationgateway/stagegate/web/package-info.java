/** Pages and JSON API of the stage-gate lifecycle. */
package org.integrationgateway.stagegate.web;
