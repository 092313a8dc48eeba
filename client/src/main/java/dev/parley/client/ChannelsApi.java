package dev.parley.client;

import dev.parley.protocol.community.ChannelView;
import dev.parley.protocol.community.CreateChannelRequest;
import dev.parley.protocol.community.PermissionsView;
import dev.parley.protocol.community.PutOverwriteRequest;
import dev.parley.protocol.community.ReorderChannelsRequest;
import dev.parley.protocol.community.UpdateChannelRequest;
import java.util.List;

/** Channels, their permission overwrites and effective permissions. */
public final class ChannelsApi {
    private final Requester requester;

    ChannelsApi(Requester requester) {
        this.requester = requester;
    }

    /** The community's channels the caller can see. */
    public List<ChannelView> list(long communityId) {
        return requester.fetchList(ApiCall.get(ApiPath.of("communities", communityId, "channels")), ChannelView.class);
    }

    public ChannelView create(long communityId, CreateChannelRequest request) {
        return requester.fetch(ApiCall.post(ApiPath.of("communities", communityId, "channels"), request), ChannelView.class);
    }

    /** Sets several channels' positions at once; answers the community's channels. */
    public List<ChannelView> reorder(long communityId, ReorderChannelsRequest request) {
        return requester.fetchList(
                ApiCall.put(ApiPath.of("communities", communityId, "channel-positions"), request), ChannelView.class);
    }

    public ChannelView get(long channelId) {
        return requester.fetch(ApiCall.get(ApiPath.of("channels", channelId)), ChannelView.class);
    }

    public ChannelView update(long channelId, UpdateChannelRequest request) {
        return requester.fetch(ApiCall.patch(ApiPath.of("channels", channelId), request), ChannelView.class);
    }

    public void delete(long channelId) {
        requester.execute(ApiCall.delete(ApiPath.of("channels", channelId)));
    }

    /** Sets the overwrite for one role or member ({@code targetId}); answers the channel. */
    public ChannelView putOverwrite(long channelId, long targetId, PutOverwriteRequest request) {
        return requester.fetch(ApiCall.put(ApiPath.of("channels", channelId, "overwrites", targetId), request), ChannelView.class);
    }

    public ChannelView deleteOverwrite(long channelId, long targetId) {
        return requester.fetch(ApiCall.delete(ApiPath.of("channels", channelId, "overwrites", targetId)), ChannelView.class);
    }

    /** The effective permissions of a member in the channel. */
    public PermissionsView permissions(long channelId, long userId) {
        return requester.fetch(ApiCall.get(ApiPath.of("channels", channelId, "permissions", userId)), PermissionsView.class);
    }

    /** The caller's effective permissions in the channel. */
    public PermissionsView myPermissions(long channelId) {
        return requester.fetch(ApiCall.get(ApiPath.of("channels", channelId, "permissions", ApiPath.ME)), PermissionsView.class);
    }
}
