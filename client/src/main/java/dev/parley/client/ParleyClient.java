package dev.parley.client;

import dev.parley.protocol.gateway.GatewayInfo;
import dev.parley.protocol.auth.TokenResponse;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Objects;
import java.util.Optional;

/**
 * A client of one Parley server, acting as at most one user at a time. Start with
 * {@link #connect(URI)}, log in with {@code auth().login(...)}, then use the resource facades.
 * Thread-safe. Clients made by {@link #withToken} and {@link #anonymous()} share the connection
 * pool but each holds its own credentials, so one test can act as several users.
 */
public final class ParleyClient {
    private final Transport transport;
    private final Requester requester;
    private final AuthApi auth;
    private final UsersApi users;
    private final CommunitiesApi communities;
    private final ChannelsApi channels;
    private final RolesApi roles;
    private final MembersApi members;
    private final InvitesApi invites;
    private final MessagesApi messages;
    private final ReactionsApi reactions;
    private final PinsApi pins;
    private final ReadStatesApi readStates;
    private final ConversationsApi conversations;

    private ParleyClient(Transport transport, Credentials credentials) {
        this.transport = transport;
        this.requester = new Requester(transport, credentials);
        this.auth = new AuthApi(requester);
        this.users = new UsersApi(requester);
        this.communities = new CommunitiesApi(requester);
        this.channels = new ChannelsApi(requester);
        this.roles = new RolesApi(requester);
        this.members = new MembersApi(requester);
        this.invites = new InvitesApi(requester);
        this.messages = new MessagesApi(requester);
        this.reactions = new ReactionsApi(requester);
        this.pins = new PinsApi(requester);
        this.readStates = new ReadStatesApi(requester);
        this.conversations = new ConversationsApi(requester);
    }

    /** A client of the server at {@code baseUrl} (e.g. {@code http://localhost:8080}), not logged in. */
    public static ParleyClient connect(URI baseUrl) {
        return connect(baseUrl, Transport.defaultHttpClient());
    }

    /** As {@link #connect(URI)}, over a caller-configured {@link HttpClient}. */
    public static ParleyClient connect(URI baseUrl, HttpClient http) {
        return new ParleyClient(new Transport(baseUrl, http), Credentials.none());
    }

    /** A client of the same server that sends {@code accessToken} and, having no refresh token, never refreshes. */
    public ParleyClient withToken(String accessToken) {
        return new ParleyClient(transport, Credentials.bearer(Objects.requireNonNull(accessToken, "accessToken")));
    }

    /** A client of the same server with no credentials at all. */
    public ParleyClient anonymous() {
        return new ParleyClient(transport, Credentials.none());
    }

    public URI baseUrl() {
        return transport.baseUrl();
    }

    /** The token pair of the last login or refresh, if this client holds one. */
    public Optional<TokenResponse> tokens() {
        return requester.credentials().tokens();
    }

    /** The access token this client sends, if any. */
    public Optional<String> accessToken() {
        return requester.credentials().accessToken();
    }

    public AuthApi auth() {
        return auth;
    }

    public UsersApi users() {
        return users;
    }

    public CommunitiesApi communities() {
        return communities;
    }

    public ChannelsApi channels() {
        return channels;
    }

    public RolesApi roles() {
        return roles;
    }

    public MembersApi members() {
        return members;
    }

    public InvitesApi invites() {
        return invites;
    }

    /** Messages of community channels, DMs and groups: send, history, edit, delete. */
    public MessagesApi messages() {
        return messages;
    }

    public ReactionsApi reactions() {
        return reactions;
    }

    public PinsApi pins() {
        return pins;
    }

    /** Read state, delivery and receipts. */
    public ReadStatesApi readStates() {
        return readStates;
    }

    /** DMs and group chats. */
    public ConversationsApi conversations() {
        return conversations;
    }

    /** Where this server's WebSocket gateway is ({@code GET /api/v1/gateway}); use the URL as given. */
    public GatewayInfo gatewayInfo() {
        return requester.fetch(ApiCall.get(ApiPath.of("gateway")), GatewayInfo.class);
    }

    /** True when {@code GET /health} answers 2xx; false on any other status or when the server cannot be reached. */
    public boolean health() {
        return probe("/health");
    }

    /** True when {@code GET /ready} answers 2xx; false on any other status or when the server cannot be reached. */
    public boolean ready() {
        return probe("/ready");
    }

    /**
     * Sends {@code jsonBody} (null for none) as {@code application/json} to {@code path}, taken
     * from the server root and including any query (e.g. {@code /api/v1/communities}), and returns
     * the answer whatever its status. Credentials and the refresh rule apply as for every call.
     */
    public RawResponse raw(String method, String path, String jsonBody) {
        return raw(method, path, jsonBody, jsonBody == null ? null : ApiCall.JSON);
    }

    /** As {@link #raw(String, String, String)} with any Content-Type, or none when {@code contentType} is null. */
    public RawResponse raw(String method, String path, String body, String contentType) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with /: " + path);
        }
        var response = requester.exchange(new ApiCall(method, path, body, contentType, true));
        return new RawResponse(response.statusCode(), response.headers(), response.body());
    }

    private boolean probe(String path) {
        try {
            return transport.send(new ApiCall("GET", path, null, null, false), null).statusCode() / 100 == 2;
        } catch (UncheckedIOException unreachable) {
            return false;
        }
    }
}
