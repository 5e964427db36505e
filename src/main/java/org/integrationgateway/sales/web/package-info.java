/** Pages and JSON API of sales: the pipeline board, opportunities and accounts. */
package org.integrationgateway.sales.web;
