package dev.parley.http.health;

import dev.parley.protocol.gateway.GatewayInfo;
import dev.parley.core.Failure;
import dev.parley.http.route.Call;
import dev.parley.protocol.error.ErrorCode;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * Liveness ({@code /health}: the process answers; touches nothing), readiness ({@code /ready}: the
 * database answers too) and the OpenAPI document.
 */
public final class HealthEndpoints {
    private final String gatewayUrl;
    private final BooleanSupplier databaseReachable;
    private final Supplier<JsonNode> openApi;

    public HealthEndpoints(BooleanSupplier databaseReachable, Supplier<JsonNode> openApi, String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
        this.databaseReachable = databaseReachable;
        this.openApi = openApi;
    }

    public Status health(Call call) {
        return new Status("ok");
    }

    public Status ready(Call call) {
        if (!databaseReachable.getAsBoolean()) {
            throw Failure.of(ErrorCode.UNAVAILABLE);
        }
        return new Status("ready");
    }

    public JsonNode openApi(Call call) {
        return openApi.get();
    }

    /** Where clients open the WebSocket gateway (gateway.md §1): use the URL as given. */
    public GatewayInfo gateway(Call call) {
        return new GatewayInfo(gatewayUrl);
    }
}
