package org.connectedservice.iothub.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The local hub's address and a self-signed certificate for it, made with the running JDK's keytool, so the local
 * hub speaks real TLS and the device client really checks it. The address is a random one of Linux's 127.0.0.0/8
 * loopback addresses: the device SDK always dials ports 8883 and 5671, so two builds testing at once on one machine
 * would otherwise fight over them.
 */
final class TestCertificate {

    private static final char[] PASSWORD = "local-hub".toCharArray();

    private final KeyStore keyStore;
    private final String address;

    private TestCertificate(KeyStore keyStore, String address) {
        this.keyStore = keyStore;
        this.address = address;
    }

    static TestCertificate create(Path folder) throws IOException, InterruptedException, GeneralSecurityException {
        Path file = folder.resolve("local-hub.p12");
        RandomGenerator random = new SecureRandom();
        String address = "127." + random.nextInt(1, 255) + "." + random.nextInt(0, 256) + "." + random.nextInt(1, 255);
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", "hub", "-keyalg",
                "EC", "-groupname", "secp256r1", "-dname", "CN=localhost", "-ext", "SAN=ip:" + address,
                "-validity", "2", "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass",
                new String(PASSWORD), "-keypass", new String(PASSWORD))).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool could not make the test certificate: " + output);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD);
        }
        return new TestCertificate(store, address);
    }

    /** The loopback address the local hub listens on, as a host name: "127.x.y.z". */
    String address() {
        return address;
    }

    InetAddress inetAddress() throws UnknownHostException {
        return InetAddress.getByName(address);
    }

    /** What the local hub presents. */
    SSLContext serverContext() throws GeneralSecurityException {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(keyStore, PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    /** What a client that trusts the local hub uses. */
    SSLContext clientContext() throws GeneralSecurityException {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try {
            trusted.load(null, null);
        } catch (IOException e) {
            throw new GeneralSecurityException(e);
        }
        trusted.setCertificateEntry("hub", keyStore.getCertificate("hub"));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
