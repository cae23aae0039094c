package io.dbgshell.security.cert;

/**
 * The certificate an ssl/spipe string names: {@code certuser=C} (the user's store) or
 * {@code machuser=C} (the machine's store). {@code value} is a name or a hex thumbprint, as typed.
 */
public record CertRef(Store store, String value) {
    public enum Store {
        USER("Certuser"), MACHINE("Machuser");

        private final String listingKey;

        Store(String listingKey) {
            this.listingKey = listingKey;
        }

        /** The capitalised key as listings print it. */
        public String listingKey() {
            return listingKey;
        }
    }

    /** {@code Certuser=value} or {@code Machuser=value}. */
    public String listing() {
        return store.listingKey() + "=" + value;
    }
}
