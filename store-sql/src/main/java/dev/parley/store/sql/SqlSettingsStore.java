package dev.parley.store.sql;

import dev.parley.domain.user.Settings;
import dev.parley.store.user.SettingsStore;
import java.util.Optional;

/** Saved privacy settings in {@code user_settings}, one row per user that ever saved any. */
final class SqlSettingsStore implements SettingsStore {
    private final Sql sql;

    SqlSettingsStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Settings> get(long userId) {
        return sql.one(sql.query(
                        "SELECT user_id, dms_from_strangers, read_receipts FROM user_settings WHERE user_id = :user")
                .bind("user", userId), (rs, ctx) -> new Settings(
                        rs.getLong("user_id"), rs.getBoolean("dms_from_strangers"), rs.getBoolean("read_receipts")));
    }

    @Override
    public void put(Settings settings) {
        sql.execute(sql.update("""
                INSERT INTO user_settings (user_id, dms_from_strangers, read_receipts)
                VALUES (:user, :dms_from_strangers, :read_receipts)
                ON CONFLICT (user_id) DO UPDATE
                   SET dms_from_strangers = excluded.dms_from_strangers, read_receipts = excluded.read_receipts""")
                .bind("user", settings.userId())
                .bind("dms_from_strangers", settings.dmsFromStrangers())
                .bind("read_receipts", settings.readReceipts()));
    }
}
