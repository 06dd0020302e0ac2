package org.connectedservice.iothub.service.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.qpid.proton.Proton;
import org.apache.qpid.proton.amqp.messaging.Source;
import org.apache.qpid.proton.amqp.messaging.Target;
import org.apache.qpid.proton.amqp.transport.DeliveryState;
import org.apache.qpid.proton.engine.Collector;
import org.apache.qpid.proton.engine.Connection;
import org.apache.qpid.proton.engine.Delivery;
import org.apache.qpid.proton.engine.Event;
import org.apache.qpid.proton.engine.Link;
import org.apache.qpid.proton.engine.Receiver;
import org.apache.qpid.proton.engine.Sasl;
import org.apache.qpid.proton.engine.Sender;
import org.apache.qpid.proton.engine.Transport;
import org.apache.qpid.proton.message.Message;

/**
 * One AMQP connection to the local messaging hub, run with proton-j's engine over a TLS socket on its own thread:
 * SASL ANONYMOUS, every attach echoed and given credit, each received message handed to the hub, which says how to
 * settle it. Work from other threads (sending feedback) is queued and run on this thread: the engine is not
 * thread-safe.
 */
final class AmqpPeerConnection {

    interface Deliveries {
        /** How to settle a message that arrived on the link with this target address. */
        DeliveryState received(AmqpPeerConnection connection, String address, Message message);

        /** The client settled a message sent to it with this state. */
        void settled(DeliveryState state);
    }

    private static final int CREDIT = 100;

    private final Socket socket;
    private final Deliveries hub;
    private final Transport transport = Proton.transport();
    private final Connection connection = Proton.connection();
    private final Collector collector = Proton.collector();
    private final Sasl sasl;
    private final Map<String, Sender> sendersBySource = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Runnable> work = new ConcurrentLinkedQueue<>();
    private final AtomicLong tags = new AtomicLong();

    AmqpPeerConnection(Socket socket, Deliveries hub) {
        this.socket = socket;
        this.hub = hub;
        sasl = transport.sasl();
        sasl.server();
        sasl.setMechanisms("ANONYMOUS");
        transport.bind(connection);
        connection.collect(collector);
    }

    void serve() {
        try (socket) {
            socket.setSoTimeout(20);
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            byte[] buffer = new byte[16 * 1024];
            while (!transport.isClosed()) {
                int read;
                try {
                    read = in.read(buffer, 0, Math.max(1, Math.min(buffer.length, transport.capacity())));
                } catch (SocketTimeoutException e) {
                    read = 0;
                }
                if (read < 0) {
                    transport.close_tail();
                } else if (read > 0) {
                    transport.tail().put(buffer, 0, read);
                    transport.process();
                }
                if (sasl.getRemoteMechanisms().length > 0 && sasl.getOutcome() == Sasl.SaslOutcome.PN_SASL_NONE) {
                    sasl.done(Sasl.SaslOutcome.PN_SASL_OK);
                }
                for (Runnable job; (job = work.poll()) != null;) {
                    job.run();
                }
                handleEvents();
                flush(out);
                if (read < 0) {
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the client went away or the hub closed; either ends this connection
        }
    }

    private void flush(OutputStream out) throws IOException {
        while (transport.pending() > 0) {
            ByteBuffer head = transport.head();
            byte[] bytes = new byte[head.remaining()];
            head.get(bytes);
            out.write(bytes);
            transport.pop(bytes.length);
        }
        out.flush();
    }

    private void handleEvents() {
        for (Event event; (event = collector.peek()) != null; collector.pop()) {
            switch (event.getType()) {
                case CONNECTION_REMOTE_OPEN -> {
                    connection.setContainer("local-iothub-service");
                    connection.open();
                }
                case SESSION_REMOTE_OPEN -> event.getSession().open();
                case LINK_REMOTE_OPEN -> attach(event.getLink());
                case DELIVERY -> delivered(event.getDelivery());
                case LINK_REMOTE_CLOSE, LINK_REMOTE_DETACH -> event.getLink().close();
                case SESSION_REMOTE_CLOSE -> event.getSession().close();
                case CONNECTION_REMOTE_CLOSE -> connection.close();
                default -> {
                }
            }
        }
    }

    private void attach(Link link) {
        link.setSource(link.getRemoteSource());
        link.setTarget(link.getRemoteTarget());
        link.setSenderSettleMode(link.getRemoteSenderSettleMode());
        link.setReceiverSettleMode(link.getRemoteReceiverSettleMode());
        link.open();
        if (link instanceof Receiver receiver) {
            receiver.flow(CREDIT);
        } else if (link.getRemoteSource() instanceof Source source) {
            sendersBySource.put(source.getAddress(), (Sender) link);
        }
    }

    private void delivered(Delivery delivery) {
        if (!(delivery.getLink() instanceof Receiver receiver)) {
            if (delivery.remotelySettled() || delivery.getRemoteState() != null) {
                hub.settled(delivery.getRemoteState());
                delivery.settle();
            }
            return;
        }
        if (!delivery.isReadable() || delivery.isPartial()) {
            return;
        }
        byte[] bytes = new byte[delivery.pending()];
        int length = receiver.recv(bytes, 0, bytes.length);
        receiver.advance();
        Message message = Proton.message();
        message.decode(bytes, 0, length);
        String address = ((Target) receiver.getRemoteTarget()).getAddress();
        delivery.disposition(hub.received(this, address, message));
        delivery.settle();
        receiver.flow(1);
    }

    /** Sends a message on the link whose source is the address; safe from any thread. */
    void send(String sourceAddress, Message message) {
        work.add(() -> {
            Sender sender = sendersBySource.get(sourceAddress);
            if (sender == null) {
                throw new IllegalStateException("the client has no link from " + sourceAddress);
            }
            byte[] bytes = new byte[64 * 1024];
            int length = message.encode(bytes, 0, bytes.length);
            sender.delivery(Long.toString(tags.incrementAndGet()).getBytes());
            sender.send(bytes, 0, length);
            sender.advance();
        });
    }

    boolean hasLinkFrom(String sourceAddress) {
        return sendersBySource.containsKey(sourceAddress);
    }

    void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
