/**
 * Change control, the open door: change requests raised by anyone matrixed to a project (marketing and sales
 * liaisons included) from any origin, their lifecycle from draft to closed, impact assessment, the project's
 * delegated envelope that approves standard changes at once, the change control board with its decision rule and
 * response targets, emergency changes that interrupt the current stage, and injection of changes into gate reviews
 * through {@code stagegate.spi}. Other modules react to the past-tense events in {@code changecontrol.events} and
 * attach their own things to a change request through its generic {@link org.integrationgateway.changecontrol.SourceReference}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "organisation",
        "portfolio", "stagegate", "stagegate :: spi", "stagegate :: events"})
package org.integrationgateway.changecontrol;
