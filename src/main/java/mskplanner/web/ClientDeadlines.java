package mskplanner.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.IdleTimeout;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes the connections of clients too slow to be served (slowloris): a request head must arrive whole within the
 * header deadline of its first byte (of the connection's opening, for the first request), and a body within the body
 * deadline of its head. The idle timeout alone does not do it: one byte every 29 s keeps a connection "active" for
 * ever. One sweeper thread checks every connection a few times per deadline.
 */
final class ClientDeadlines extends Handler.Wrapper implements Connection.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(ClientDeadlines.class);
    private static final long MAX_SWEEP_MILLIS = 1000;

    private final long headerNanos;
    private final long bodyNanos;
    private final Map<Connection, Watch> watches = new ConcurrentHashMap<>();
    private ScheduledExecutorService sweeper;

    ClientDeadlines(Duration header, Duration body) {
        this.headerNanos = header.toNanos();
        this.bodyNanos = body.toNanos();
    }

    void startSweeping() {
        long every = Math.max(10, Math.min(MAX_SWEEP_MILLIS, TimeUnit.NANOSECONDS.toMillis(Math.min(headerNanos, bodyNanos)) / 4));
        sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "client-deadlines");
            t.setDaemon(true);
            return t;
        });
        sweeper.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.MILLISECONDS);
    }

    void stopSweeping() {
        if (sweeper != null) {
            sweeper.shutdownNow();
        }
    }

    @Override
    public void onOpened(Connection connection) {
        watches.put(connection, new Watch(connection, System.nanoTime()));
    }

    @Override
    public void onClosed(Connection connection) {
        watches.remove(connection);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Watch watch = watches.get(request.getConnectionMetaData().getConnection());
        if (watch == null) {
            return super.handle(request, response, callback);
        }
        boolean body = hasBody(request);
        watch.headArrived(body);
        Request watched = body ? new BodyWatch(request, watch) : request;
        return super.handle(watched, response, new Callback.Nested(callback) {
            @Override
            public void succeeded() {
                watch.completed();
                super.succeeded();
            }

            @Override
            public void failed(Throwable x) {
                watch.completed();
                super.failed(x);
            }
        });
    }

    private static boolean hasBody(Request request) {
        return request.getLength() > 0 || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
    }

    private void sweep() {
        long now = System.nanoTime();
        for (Watch watch : watches.values()) {
            String late = watch.late(now, headerNanos, bodyNanos);
            if (late != null) {
                LOG.info("closed a connection from {}: {}", watch.connection.getEndPoint().getRemoteSocketAddress(), late);
                watch.connection.getEndPoint().close(new java.util.concurrent.TimeoutException(late));
            }
        }
    }

    private static final class BodyWatch extends Request.Wrapper {
        private final Watch watch;

        BodyWatch(Request request, Watch watch) {
            super(request);
            this.watch = watch;
        }

        @Override
        public Content.Chunk read() {
            Content.Chunk chunk = super.read();
            if (chunk != null && (chunk.isLast() || Content.Chunk.isFailure(chunk))) {
                watch.bodyRead();
            }
            return chunk;
        }
    }

    /** Where one connection is: waiting for a request head, reading a body, or being answered. */
    private static final class Watch {
        private enum Phase { HEAD, BODY, ANSWER }

        private final Connection connection;
        private Phase phase = Phase.HEAD;
        /** When the head began: the opening for the first request, else the first byte seen after the last answer. */
        private long since;
        private boolean headStarted;

        Watch(Connection connection, long openedNanos) {
            this.connection = connection;
            this.since = openedNanos;
            this.headStarted = true;
        }

        synchronized void headArrived(boolean body) {
            phase = body ? Phase.BODY : Phase.ANSWER;
            since = System.nanoTime();
        }

        synchronized void bodyRead() {
            if (phase == Phase.BODY) {
                phase = Phase.ANSWER;
            }
        }

        synchronized void completed() {
            phase = Phase.HEAD;
            since = System.nanoTime();
            headStarted = false;
        }

        private long idleMillis() {
            return connection.getEndPoint() instanceof IdleTimeout t ? t.getIdleFor() : 0;
        }

        /** Why the connection is to be closed now, or null. */
        synchronized String late(long now, long headerNanos, long bodyNanos) {
            switch (phase) {
                case HEAD -> {
                    if (!headStarted) {
                        // An idle keep-alive connection is left to the idle timeout; bytes since the answer start a head.
                        long lastActivity = now - TimeUnit.MILLISECONDS.toNanos(idleMillis());
                        if (lastActivity - since <= TimeUnit.MILLISECONDS.toNanos(5)) {
                            return null;
                        }
                        headStarted = true;
                        since = lastActivity;
                    }
                    return now - since > headerNanos ? "no complete request head within "
                            + TimeUnit.NANOSECONDS.toMillis(headerNanos) + " ms" : null;
                }
                case BODY -> {
                    return now - since > bodyNanos ? "the request body did not arrive within "
                            + TimeUnit.NANOSECONDS.toMillis(bodyNanos) + " ms" : null;
                }
                default -> {
                    return null;
                }
            }
        }
    }
}
