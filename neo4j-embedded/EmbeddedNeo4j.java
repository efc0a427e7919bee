import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Starts Neo4j Community in this JVM with Bolt on 127.0.0.1 and nothing else.
 * It only starts and stops the database; everything else lives on the Node side.
 *
 * Usage: java -cp CLASSPATH EmbeddedNeo4j.java --port 7687 --data DIR [--pagecache 512m]
 *
 * Prints "NEO4J_READY bolt://127.0.0.1:PORT" once Bolt is listening. Exits when stdin closes,
 * so the JVM never outlives the Node process that started it, even if that process is killed.
 * Exit codes: 2 bad arguments, 3 port in use, 4 data folder not usable, 1 anything else.
 */
public class EmbeddedNeo4j {
  public static void main(String[] args) throws Exception {
    Map<String, String> opts = parse(args);
    int port = Integer.parseInt(opts.getOrDefault("port", "7687"));
    Path data = Path.of(opts.getOrDefault("data", "data/neo4j")).toAbsolutePath();
    String pagecache = opts.getOrDefault("pagecache", "512m");
    String txTimeout = opts.getOrDefault("tx-timeout", "60s");

    if (!portIsFree(port)) {
      fail(3, "port " + port + " on 127.0.0.1 is already in use");
    }
    try {
      Files.createDirectories(data);
      if (!Files.isWritable(data)) {
        fail(4, "data folder " + data + " is not writable");
      }
    } catch (IOException e) {
      fail(4, "data folder " + data + " cannot be created: " + e.getMessage());
    }

    // Settings by their neo4j.conf names, so they read like any Neo4j server's config.
    String config = String.join("\n",
        "server.bolt.enabled=true",
        "server.bolt.listen_address=127.0.0.1:" + port,
        "server.bolt.advertised_address=127.0.0.1:" + port,
        // Loopback only, so auth is off here; the Node driver code also works with auth on.
        "dbms.security.auth_enabled=false",
        "server.memory.pagecache.size=" + pagecache,
        "db.transaction.timeout=" + txTimeout,
        // Neo4j checks transactions against their timeout every 2 s by default, so a query with a 50 ms
        // timeout could run 2 s and even finish; checking every 100 ms keeps a timeout close to what was asked.
        "db.transaction.monitor.check.interval=100ms",
        "dbms.usage_report.enabled=false",
        "");
    Path conf = data.resolve("neo4j.conf");
    Files.writeString(conf, config);

    DatabaseManagementService service =
        new DatabaseManagementServiceBuilder(data).loadPropertiesFromFile(conf).build();
    Runtime.getRuntime().addShutdownHook(new Thread(service::shutdown, "neo4j-shutdown"));
    System.out.println("NEO4J_READY bolt://127.0.0.1:" + port);
    System.out.flush();

    // Block until the parent closes our stdin (normal stop or parent death), then shut down.
    InputStream in = System.in;
    byte[] buffer = new byte[256];
    while (in.read(buffer) >= 0) {
      // input is ignored; only end-of-stream matters
    }
    System.exit(0);
  }

  private static boolean portIsFree(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
      socket.setReuseAddress(true);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void fail(int code, String message) {
    System.err.println("NEO4J_ERROR " + message);
    System.exit(code);
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> opts = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        fail(2, "unexpected argument " + args[i]);
      }
      opts.put(args[i].substring(2), args[i + 1]);
    }
    return opts;
  }
}
