/** The live event stream endpoint, and the pages and JSON API of discussions. */
package org.integrationgateway.realtime.web;
