package dev.parley.http.channel;

import dev.parley.core.channel.Channels;
import dev.parley.http.route.Call;
import dev.parley.protocol.community.ChannelView;
import dev.parley.protocol.community.CreateChannelRequest;
import dev.parley.protocol.community.PermissionsView;
import dev.parley.protocol.community.PutOverwriteRequest;
import dev.parley.protocol.community.ReorderChannelsRequest;
import dev.parley.protocol.community.UpdateChannelRequest;
import java.util.List;

/** Channels: {@code /communities/{cid}/channels}, {@code /channels/{chid}} and its overwrites. */
public final class ChannelEndpoints {
    private final Channels channels;

    public ChannelEndpoints(Channels channels) {
        this.channels = channels;
    }

    public List<ChannelView> list(Call call) {
        return channels.list(call.caller(), call.id("cid"));
    }

    public ChannelView create(Call call, CreateChannelRequest body) {
        return channels.create(call.caller(), call.id("cid"), body);
    }

    public List<ChannelView> reorder(Call call, ReorderChannelsRequest body) {
        return channels.reorder(call.caller(), call.id("cid"), body);
    }

    public ChannelView get(Call call) {
        return channels.get(call.caller(), call.id("chid"));
    }

    public ChannelView update(Call call, UpdateChannelRequest body) {
        return channels.update(call.caller(), call.id("chid"), body);
    }

    public void delete(Call call) {
        channels.delete(call.caller(), call.id("chid"));
    }

    public ChannelView putOverwrite(Call call, PutOverwriteRequest body) {
        return channels.putOverwrite(call.caller(), call.id("chid"), call.id("targetId"), body);
    }

    public ChannelView deleteOverwrite(Call call) {
        return channels.deleteOverwrite(call.caller(), call.id("chid"), call.id("targetId"));
    }

    public PermissionsView permissions(Call call) {
        return channels.permissions(call.caller(), call.id("chid"), call.userId("uid"));
    }
}
