package io.dbgshell.transport.spec;

/** Which side a transport string describes: a server ({@code -server}, {@code .server}) or a client ({@code -remote}). */
public enum Role {
    SERVER, CLIENT
}
