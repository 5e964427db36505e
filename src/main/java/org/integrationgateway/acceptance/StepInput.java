package org.integrationgateway.acceptance;

/** A step as the project team writes it: the instruction and the expected result, both required. */
public record StepInput(String instruction, String expectedResult) {
}
