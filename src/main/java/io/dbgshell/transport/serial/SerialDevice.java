package io.dbgshell.transport.serial;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import io.dbgshell.config.Tunables;
import io.dbgshell.transport.TransportException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One opened serial device, 8N1, with blocking I/O for the line's reader and writer threads. Opening
 * turns the platform's failures into one-line messages naming the port.
 */
final class SerialDevice {
    /** A rate every UART takes, used to open before the requested rate is tried on its own. */
    private static final int OPENING_BAUD = 9600;
    private static final int EAGAIN = 11;
    private static final int EBUSY = 16;
    private static final int EACCES = 13;

    private final SerialPort port;

    private SerialDevice(SerialPort port) {
        this.port = port;
    }

    /**
     * @param name the port as the user wrote it ({@code COM3}, {@code /dev/ttyUSB0}), for messages
     * @param path the device to open
     * @param tunables its flow control and read poll ({@link ComSettings})
     */
    static SerialDevice open(String name, String path, int baud, Tunables tunables) throws TransportException {
        boolean rtsCts = tunables.get(ComSettings.RTS_CTS_FLOW_CONTROL);
        String where = name.equals(path) ? name : name + " (" + path + ")";
        if (!ComPorts.onWindows() && !Files.exists(Path.of(path))) {
            throw new TransportException("serial port " + where + " does not exist");
        }
        SerialPort port;
        try {
            port = SerialPort.getCommPort(path);
        } catch (SerialPortInvalidPortException e) {
            throw new TransportException("serial port " + where + " does not exist", e);
        }
        port.setComPortParameters(OPENING_BAUD, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setFlowControl(rtsCts ? SerialPort.FLOW_CONTROL_RTS_ENABLED | SerialPort.FLOW_CONTROL_CTS_ENABLED
                : SerialPort.FLOW_CONTROL_DISABLED);
        if (!port.openPort()) {
            int error = port.getLastErrorCode();
            throw new TransportException(switch (error) {
                case EAGAIN, EBUSY -> "serial port " + where + " is in use by another process";
                case EACCES -> "serial port " + where + ": permission denied";
                default -> "serial port " + where + " cannot be opened (error " + error + ")";
            });
        }
        if (!port.setBaudRate(baud)) {
            port.closePort();
            throw new TransportException("serial port " + where + " cannot run at " + baud + " baud");
        }
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                (int) tunables.get(ComSettings.READ_POLL).toMillis(), 0);
        return new SerialDevice(port);
    }

    /** Blocks up to the poll time; returns the count read (0 when none came), or -1 once the device is gone. */
    int read(byte[] buffer) {
        return port.readBytes(buffer, buffer.length);
    }

    void write(byte[] bytes, int length) throws IOException {
        int done = 0;
        while (done < length) {
            int n = port.writeBytes(bytes, length - done, done);
            if (n < 0) {
                throw new IOException("write failed (error " + port.getLastErrorCode() + ")");
            }
            done += n;
        }
    }

    /** Bytes written but still in the driver's queue (0 where the driver does not say). */
    int bytesAwaitingWrite() {
        return port.bytesAwaitingWrite();
    }

    void close() {
        port.closePort();
    }
}
