/** Pages and JSON API of change control. */
package org.integrationgateway.changecontrol.web;
