package cn.jumin.yibao.api.wechat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A local stand-in for api.weixin.qq.com: hands out access tokens and records customer-service messages. */
final class PlatformStub implements AutoCloseable {
    final List<String> sent = new CopyOnWriteArrayList<>();
    final AtomicInteger tokenRequests = new AtomicInteger();
    private final HttpServer server;

    PlatformStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/cgi-bin/token", ex -> {
            tokenRequests.incrementAndGet();
            respond(ex, "{\"access_token\":\"stub-token-" + tokenRequests.get() + "\",\"expires_in\":7200}");
        });
        server.createContext("/cgi-bin/message/custom/send", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean tokenOk = ex.getRequestURI().getQuery() != null && ex.getRequestURI().getQuery().contains("access_token=stub-token-");
            if (tokenOk) sent.add(body);
            respond(ex, tokenOk ? "{\"errcode\":0,\"errmsg\":\"ok\"}" : "{\"errcode\":40001,\"errmsg\":\"invalid credential\"}");
        });
        server.start();
    }

    String base() { return "http://127.0.0.1:" + server.getAddress().getPort(); }

    private static void respond(com.sun.net.httpserver.HttpExchange ex, String json) throws IOException {
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(200, b.length);
        ex.getResponseBody().write(b);
        ex.close();
    }

    @Override
    public void close() { server.stop(0); }
}
