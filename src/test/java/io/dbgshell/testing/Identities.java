package io.dbgshell.testing;

import io.dbgshell.protocol.Identity;

/**
 * The people tests bring into a session, each on a machine of her own: one definition, so a notice
 * or a listing that names {@code ALICEBOX\alice} means the same person in every test.
 */
public final class Identities {
    public static final Identity ALICE = new Identity("ALICEBOX", "alice");
    public static final Identity BOB = new Identity("BOBBOX", "bob");
    public static final Identity CAROL = new Identity("CAROLBOX", "carol");

    private Identities() {
    }
}
