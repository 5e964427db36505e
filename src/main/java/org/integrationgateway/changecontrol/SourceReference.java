package org.integrationgateway.changecontrol;

/**
 * A typed reference to what caused a change request: its {@code kind}, the owning module's identifier of it
 * ({@code reference}, e.g. a quote line id) and a human label (e.g. "Quote Q-0042 line 2"). Kind NONE has neither.
 * Change control does not resolve references; the modules behind each kind do.
 */
public record SourceReference(SourceKind kind, String reference, String label) {

    public static final SourceReference NONE = new SourceReference(SourceKind.NONE, null, null);

    public SourceReference {
        if (kind == null) {
            kind = SourceKind.NONE;
        }
        if (kind == SourceKind.NONE) {
            reference = null;
            label = null;
        }
    }
}
