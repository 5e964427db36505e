/**
 * Shared kernel: the few types every module speaks in (domain exceptions, paging, audited events).
 * It holds no business rule of any capability.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.integrationgateway.shared;
