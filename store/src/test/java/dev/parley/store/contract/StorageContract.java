package dev.parley.store.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.channel.Channel;
import dev.parley.domain.community.Community;
import dev.parley.domain.community.Member;
import dev.parley.domain.invite.Invite;
import dev.parley.domain.permission.Overwrite;
import dev.parley.domain.role.Role;
import dev.parley.domain.session.RefreshToken;
import dev.parley.domain.session.Session;
import dev.parley.domain.user.User;
import dev.parley.store.Storage;
import dev.parley.store.StoreException;
import dev.parley.store.Tx;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of every contract suite. A backend's test extends a suite and supplies
 * {@link #openStorage()}; each test then gets a fresh, empty {@link #storage} that is closed after
 * it, and its own {@link #fixtures}.
 *
 * <p>Suites only go through the ports, assert failures by exception type and
 * {@link StoreException.Conflict#key()}, never by message, and always insert the rows a record
 * refers to before the record itself, so backends with foreign keys pass them unchanged.
 */
public abstract class StorageContract {
    protected Storage storage;
    protected final Fixtures fixtures = new Fixtures();

    /** A new, empty storage. It is closed after each test. */
    protected abstract Storage openStorage();

    @BeforeEach
    final void openFreshStorage() {
        storage = openStorage();
    }

    @AfterEach
    final void closeStorage() {
        if (storage != null) {
            storage.close();
        }
    }

    protected <T> T write(Function<Tx, T> work) {
        return storage.write(work);
    }

    /** A write transaction for work without a result. */
    protected void inWrite(Consumer<Tx> work) {
        storage.write(tx -> {
            work.accept(tx);
            return null;
        });
    }

    protected <T> T read(Function<Tx, T> work) {
        return storage.read(work);
    }

    /**
     * The committed state: every call on the returned stores runs in a read transaction of its
     * own, so {@code committed().users().byId(id)} is {@code read(tx -> tx.users().byId(id))}.
     */
    protected Tx committed() {
        return (Tx) Proxy.newProxyInstance(Tx.class.getClassLoader(), new Class<?>[] {Tx.class},
                (proxy, storeAccessor, none) -> readingEachCall(storeAccessor));
    }

    private Object readingEachCall(Method storeAccessor) {
        Class<?> port = storeAccessor.getReturnType();
        return Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port},
                (proxy, method, args) -> read(tx -> invoke(method, invoke(storeAccessor, tx), args)));
    }

    private static Object invoke(Method method, Object target, Object... args) {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Inserts every row, in the order given, in one write transaction. */
    protected void insert(Object... rows) {
        inWrite(tx -> {
            for (Object row : rows) {
                insertInto(tx, row);
            }
        });
    }

    protected void insert(List<?> rows) {
        insert(rows.toArray());
    }

    /** Asserts that {@code action} throws {@link StoreException.Conflict} on {@code key}. */
    protected static void assertConflict(String key, ThrowingCallable action) {
        assertThatThrownBy(action).isInstanceOfSatisfying(StoreException.Conflict.class,
                conflict -> assertThat(conflict.key()).isEqualTo(key));
    }

    protected static void assertNotFound(ThrowingCallable action) {
        assertThatThrownBy(action).isInstanceOf(StoreException.NotFound.class);
    }

    /**
     * The channel with its overwrites in a canonical order. The port does not promise an order for
     * a channel's overwrites, so suites compare channels through this.
     */
    protected static Channel canonical(Channel channel) {
        List<Overwrite> sorted = channel.overwrites().stream()
                .sorted(Comparator.comparing(Overwrite::target).thenComparingLong(Overwrite::targetId))
                .toList();
        return channel.with(channel.name(), channel.topic(), channel.position(), channel.parentId(),
                channel.slowmodeSeconds(), channel.nsfw(), channel.syncedWithCategory(), sorted);
    }

    /** Inserts one fixture row through the store that owns its type. */
    protected static void insertInto(Tx tx, Object row) {
        switch (row) {
            case User user -> tx.users().insert(user);
            case Session session -> tx.sessions().insert(session);
            case RefreshToken token -> tx.sessions().insertRefreshToken(token);
            case Community community -> tx.communities().insert(community);
            case Role role -> tx.roles().insert(role);
            case Member member -> tx.members().insert(member);
            case Channel channel -> tx.channels().insert(channel);
            case Invite invite -> tx.invites().insert(invite);
            default -> throw new IllegalArgumentException("no store for " + row.getClass().getName());
        }
    }
}
