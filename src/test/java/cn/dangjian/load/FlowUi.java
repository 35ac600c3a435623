package cn.dangjian.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What one browser tab knows about its server-side UI, read from Vaadin Flow's own messages the way the
 * client engine reads them: the UI id and security key of the page, the sync and client ids of the last
 * answer, and enough of the state tree (tags, element ids, texts, parents) to find the nodes a scenario
 * touches. Plain Java, so the Gatling simulation and anything else can drive the same protocol.
 */
final class FlowUi {

    static final int ROOT_NODE = 1;
    // The page's JSON is followed by more script: read the first value and stop.
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String EAGER_MARK = "window.Vaadin.TypeScript=";

    private int uiId = -1;
    private String csrf = "";
    private int syncId = -1;
    private int clientId;
    private int promises;
    private final Map<Integer, String> tags = new HashMap<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<Integer, String> texts = new HashMap<>();
    /** Theme attributes set by the answer being read. */
    private final Map<Integer, String> themes = new HashMap<>();

    private final List<String> returned = new ArrayList<>();
    /** Grid data batches the server asked to confirm ({@code $connector.confirm(id)}): grid node and update id. */
    private final List<int[]> toConfirm = new ArrayList<>();

    /** Why an answer is not a good one, or null. */
    static @Nullable String problem(String body) {
        if (body.contains("Invalid security key")) {
            return "invalid security key";
        }
        if (body.contains("\"appError\"")) {
            return "appError: " + body.substring(0, Math.min(body.length(), 300));
        }
        if (body.contains("\"sessionExpired\"")) {
            return "session expired";
        }
        return null;
    }

    /** Reads the answer to {@code ?v-r=init}: the UI id, the security key and the first state. */
    void init(String body) {
        init(JSON.readTree(body));
    }

    private void init(JsonNode answer) {
        JsonNode config = answer.path("appConfig");
        uiId = config.path("v-uiId").asInt(-1);
        JsonNode uidl = config.path("uidl");
        csrf = uidl.path("Vaadin-Security-Key").asString("");
        apply(uidl);
        if (uiId < 0 || csrf.isEmpty()) {
            throw new IllegalStateException("init answer without v-uiId or security key");
        }
    }

    /** The UI a page carries; its id is -1 if it carries none (then {@code ?v-r=init} opens one). */
    static FlowUi fromPage(String html) {
        FlowUi ui = new FlowUi();
        ui.page(html);
        return ui;
    }

    /**
     * Reads a page rendered on the server at the first request (eagerServerLoad): it carries the same answer
     * as {@code ?v-r=init} in {@code window.Vaadin.TypeScript}. False if the page carries no UI.
     */
    boolean page(String html) {
        int at = html.indexOf(EAGER_MARK);
        if (at < 0) {
            return false;
        }
        init(JSON.readTree(html.substring(at + EAGER_MARK.length())).path("initial"));
        return true;
    }

    /**
     * Reads an answer to a UIDL request ({@code for(;;);[{...}]}); returns what an error notification (Notifier.error:
     * a vaadin-notification with theme "error") told the user, or null. An error-coloured button is not one.
     */
    @Nullable
    String uidl(String body) {
        String json = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
        JsonNode root = JSON.readTree(json);
        themes.clear();
        apply(root.isArray() ? root.path(0) : root);
        for (Map.Entry<Integer, String> theme : themes.entrySet()) {
            if ("vaadin-notification".equals(tags.get(theme.getKey()))
                    && List.of(theme.getValue().split(" ")).contains("error")) {
                return "error notification: " + texts.getOrDefault(theme.getKey(), "");
            }
        }
        return null;
    }

    private void apply(JsonNode message) {
        if (message.has("syncId")) {
            syncId = message.get("syncId").asInt();
        }
        if (message.has("clientId")) {
            clientId = message.get("clientId").asInt();
        }
        for (JsonNode change : message.path("changes")) {
            int node = change.path("node").asInt();
            switch (change.path("type").asString("")) {
                case "put" -> put(node, change.path("key").asString(""), change.path("value"));
                case "detach" -> {
                    tags.remove(node);
                    texts.remove(node);
                    ids.values().remove(node);
                }
                default -> {}
            }
        }
        // Return values of @ClientCallable methods come back as arguments of the promise-resolving script.
        for (JsonNode invocation : message.path("execute")) {
            String script = invocation.path(invocation.size() - 1).asString("");
            if (script.contains("$connector.confirm(") && invocation.size() >= 3) {
                toConfirm.add(new int[] {
                    invocation.path(0).path("@v-node").asInt(),
                    invocation.path(1).asInt()
                });
            }
            for (JsonNode argument : invocation) {
                if (argument.isString() && argument.asString().startsWith("[")) {
                    returned.add(argument.asString());
                }
            }
        }
    }

    private void put(int node, String key, JsonNode value) {
        if (!value.isValueNode()) {
            return;
        }
        switch (key) {
            case "tag" -> tags.put(node, value.asString());
            case "id" -> ids.put(value.asString(), node);
            case "text" -> texts.put(node, value.asString());
            case "theme" -> themes.put(node, value.asString());
            default -> {}
        }
    }

    /** The body of the next UIDL request carrying these invocations. */
    String payload(ArrayNode rpc) {
        ObjectNode body = NODES.objectNode();
        body.put("csrfToken", csrf);
        body.set("rpc", rpc);
        body.put("syncId", syncId);
        body.put("clientId", clientId);
        return body.toString();
    }

    /** What a closing tab sends as its beacon: the server then lets go of the UI at once. */
    String unloadPayload() {
        ObjectNode body = (ObjectNode) JSON.readTree(payload(NODES.arrayNode()));
        body.put("UNLOAD", true);
        return body.toString();
    }

    /**
     * The router's navigation event as Flow.ts sends it: trigger "" for the page the browser just loaded (the
     * server then only connects the view it rendered), "link" for a link the user follows.
     */
    ArrayNode navigate(String location, String trigger) {
        int q = location.indexOf('?');
        String route = q < 0 ? location : location.substring(0, q);
        String query = q < 0 ? "" : location.substring(q + 1);
        ObjectNode data = NODES.objectNode();
        data.put("route", route);
        data.put("query", query);
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 1);
        data.put("trigger", trigger);
        return event(ROOT_NODE, "ui-navigate", data);
    }

    ArrayNode click(int node) {
        ObjectNode data = NODES.objectNode();
        data.put("event.button", 0);
        data.put("event.detail", 1);
        return event(node, "click", data);
    }

    /** A property the user changed (a ticked checkbox) and the change event the component listens to. */
    ArrayNode sync(int node, String property, boolean value) {
        ArrayNode rpc = NODES.arrayNode();
        ObjectNode sync = rpc.addObject();
        sync.put("type", "mSync");
        sync.put("node", node);
        sync.put("feature", 1);
        sync.put("property", property);
        sync.put("value", value);
        rpc.addAll(event(node, property + "-changed", NODES.objectNode()));
        return rpc;
    }

    /** A call of a server method the component's client code makes ({@code element.$server.name(...)}). */
    ArrayNode call(int node, String method, Object... args) {
        ArrayNode rpc = NODES.arrayNode();
        ObjectNode call = rpc.addObject();
        call.put("type", "publishedEventHandler");
        call.put("node", node);
        call.put("templateEventMethodName", method);
        ArrayNode arguments = call.putArray("templateEventMethodArgs");
        for (Object arg : args) {
            if (arg instanceof Number n) {
                arguments.add(n.intValue());
            } else {
                arguments.add(String.valueOf(arg));
            }
        }
        call.put("promise", promises++);
        return rpc;
    }

    /**
     * What the grid connector sends once it has applied a batch of rows ({@code grid.$server.confirmUpdate(id)}):
     * until then the server keeps the batch's items. Empty if nothing waits; forgets what it returns.
     */
    ArrayNode confirmations() {
        ArrayNode rpc = NODES.arrayNode();
        for (int[] update : toConfirm) {
            rpc.addAll(call(update[0], "confirmUpdate", update[1]));
        }
        toConfirm.clear();
        return rpc;
    }

    boolean awaitsConfirmation() {
        return !toConfirm.isEmpty();
    }

    private static ArrayNode event(int node, String name, ObjectNode data) {
        ArrayNode rpc = NODES.arrayNode();
        ObjectNode event = rpc.addObject();
        event.put("type", "event");
        event.put("node", node);
        event.put("event", name);
        event.set("data", data);
        return rpc;
    }

    /** The node of the element with this id attribute; fails the request that needs it if there is none. */
    int byId(String id) {
        Integer node = ids.get(id);
        if (node == null) {
            throw new IllegalStateException("no element #" + id + " in the UI");
        }
        return node;
    }

    Optional<Integer> findById(String id) {
        return Optional.ofNullable(ids.get(id));
    }

    Optional<Integer> findByTag(String tag) {
        return tags.entrySet().stream()
                .filter(e -> e.getValue().equals(tag))
                .map(Map.Entry::getKey)
                .max(Integer::compare);
    }

    /** The newest string a server method returned, if any, and forgets it. */
    Optional<String> lastReturned() {
        return returned.isEmpty() ? Optional.empty() : Optional.of(returned.removeLast());
    }

    boolean hasText(String text) {
        return texts.containsValue(text);
    }

    int uiId() {
        return uiId;
    }
}
