package org.connectedservice.engine.internal.eval;

/**
 * What the evaluator remembers of one device: its dense index (the position of its state in every rule's arrays),
 * type and asset, and the rules profile resolved for them under the current rules generation.
 */
final class DeviceSlot {

    final String id;
    final int index;
    String type;
    String asset;
    int generation = -1;
    Profile profile;
    /** The last point per measurement group and window group of the profile, NaN before the first; ladders need it. */
    double[] previous;

    DeviceSlot(String id, int index) {
        this.id = id;
        this.index = index;
    }
}
