package io.dbgshell.transport.serial;

import com.fazecast.jSerialComm.SerialPort;

import java.io.IOException;

/**
 * Run in a separate JVM by tests: opens the serial device named by its argument, says "held" on
 * stdout, and keeps it open until its stdin closes, so the test has a port held by another process.
 */
public final class PortHolder {
    private PortHolder() {
    }

    public static void main(String[] args) throws IOException {
        SerialPort port = SerialPort.getCommPort(args[0]);
        System.out.println(port.openPort() ? "held" : "failed " + port.getLastErrorCode());
        System.out.flush();
        while (System.in.read() >= 0) {
            // Wait for the test to let go.
        }
        port.closePort();
    }

    /** Starts a holder for {@code path} and waits until it holds the port. */
    static Process hold(String path) throws IOException {
        Process p = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), PortHolder.class.getName(), path)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String line = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream())).readLine();
        if (!"held".equals(line)) {
            p.destroy();
            throw new IOException("holder could not open " + path + ": " + line);
        }
        return p;
    }
}
