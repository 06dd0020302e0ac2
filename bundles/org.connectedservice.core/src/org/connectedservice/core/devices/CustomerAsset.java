package org.connectedservice.core.devices;

/**
 * A customer asset (msdyn_customerasset): the equipment at a customer's site that devices are connected to. Its
 * name identifies it; customer is the account it belongs to, or empty.
 */
public record CustomerAsset(String name, String customer) {

    public static final int MAX_NAME_CHARS = 100;

    public CustomerAsset {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a customer asset needs a name");
        }
        name = name.strip();
        if (name.length() > MAX_NAME_CHARS) {
            throw new IllegalArgumentException("the asset name '" + name.substring(0, 20) + "...' is longer than "
                    + MAX_NAME_CHARS + " characters; shorten it");
        }
        customer = customer == null ? "" : customer.strip();
    }
}
