package org.integrationgateway.specs;

/** How a baseline came about: frozen by a GO at a gate, or by the project manager by hand. */
public enum BaselineSource {
    GATE, MANUAL
}
