package org.impexflow.mail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import javax.net.SocketFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Bounds a whole SMTP exchange, connection included: past its limit the connection is closed and the
 * exchange fails. Jakarta Mail's timeouts bound each read and each write, not an exchange made of many
 * answers, so without this a slow server could hold a mail step, and its job's lock, for minutes.
 * Installed as the socket factory of every {@link JavaMailSenderImpl} of the application.
 */
@Component
class SmtpDeadline implements BeanPostProcessor, DisposableBean {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "smtp-deadline");
        thread.setDaemon(true);
        return thread;
    });
    private final ThreadLocal<Exchange> current = new ThreadLocal<>();
    private final SocketFactory sockets = new Sockets();

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof JavaMailSenderImpl sender) {
            // an instance, not a class name: Jakarta Mail reads it with get(), see SocketFetcher
            sender.getJavaMailProperties().put("mail.smtp.socketFactory", sockets);
            sender.getJavaMailProperties().put("mail.smtps.socketFactory", sockets);
        }
        return bean;
    }

    /** Starts the clock of an exchange on this thread; the connections it opens are closed at the limit. */
    Exchange start(Duration limit) {
        Exchange exchange = new Exchange(limit);
        exchange.cut = timer.schedule(exchange::expire, limit.toMillis(), TimeUnit.MILLISECONDS);
        current.set(exchange);
        return exchange;
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }

    /** One SMTP exchange: its connections, and whether its time ran out. */
    final class Exchange implements AutoCloseable {
        private final Duration limit;
        private final List<Socket> connections = new CopyOnWriteArrayList<>();
        private volatile boolean expired;
        private ScheduledFuture<?> cut;

        private Exchange(Duration limit) {
            this.limit = limit;
        }

        Duration limit() {
            return limit;
        }

        /** True when the exchange was cut: its failure is the limit's, whatever the exception says. */
        boolean expired() {
            return expired;
        }

        private void add(Socket socket) {
            connections.add(socket);
            if (expired) {
                closeAll();
            }
        }

        private void expire() {
            expired = true;
            closeAll();
        }

        private void closeAll() {
            for (Socket socket : connections) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing is all we want
                }
            }
        }

        @Override
        public void close() {
            cut.cancel(false);
            current.remove();
        }
    }

    /** Plain sockets, each given to the exchange running on the thread that opens it. */
    private final class Sockets extends SocketFactory {

        @Override
        public Socket createSocket() {
            Socket socket = new Socket();
            Exchange exchange = current.get();
            if (exchange != null) {
                exchange.add(socket);
            }
            return socket;
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return connected(new InetSocketAddress(host, port), null);
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return connected(new InetSocketAddress(host, port), new InetSocketAddress(localHost, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return connected(new InetSocketAddress(host, port), null);
        }

        @Override
        public Socket createSocket(InetAddress host, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return connected(new InetSocketAddress(host, port), new InetSocketAddress(localAddress, localPort));
        }

        private Socket connected(InetSocketAddress remote, InetSocketAddress local) throws IOException {
            Socket socket = createSocket();
            if (local != null) {
                socket.bind(local);
            }
            socket.connect(remote);
            return socket;
        }
    }
}
