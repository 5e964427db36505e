package org.integrationgateway.demo;

import java.util.List;

/** A documented demo sign-in: the account's e-mail and the persona it plays in the story. */
public record DemoSignIn(String email, String persona) {

    /** The password of every demo account. Only ever set on the embedded H2 database. */
    public static final String PASSWORD = "kestrel-demo";

    /** The demo sign-ins, in the order they are documented. */
    public static final List<DemoSignIn> ALL = List.of(
            new DemoSignIn("admin@kestrel.example", "administrator"),
            new DemoSignIn("sofia.marin@kestrel.example", "project manager of K7"),
            new DemoSignIn("ada.lindqvist@kestrel.example", "PMO, portfolio lead"),
            new DemoSignIn("priya.natarajan@kestrel.example", "marketing rep"),
            new DemoSignIn("marco.ricci@kestrel.example", "sales rep"),
            new DemoSignIn("lena.vogt@kestrel.example", "engineer"),
            new DemoSignIn("tom.achebe@kestrel.example", "engineering manager, K7 gatekeeper"),
            new DemoSignIn("ines.duarte@kestrel.example", "quality manager, K7 gatekeeper"),
            new DemoSignIn("hannah.bellamy@bellamyfoods.example", "customer contact at Bellamy Foods"),
            new DemoSignIn("victor.osei@orchidpharma.example", "customer contact at Orchid Pharma"));
}
