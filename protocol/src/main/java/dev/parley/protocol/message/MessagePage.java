package dev.parley.protocol.message;

import java.util.List;

/** A page of history in ascending seq order. */
public record MessagePage(List<MessageView> messages) {
}
