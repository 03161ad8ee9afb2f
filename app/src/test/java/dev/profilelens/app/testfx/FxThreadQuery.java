package dev.profilelens.app.testfx;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.Node;
import org.hamcrest.Matcher;
import org.testfx.service.query.NodeQuery;

/**
 * A TestFX node query whose lookups run on the FX thread. TestFX walks the scene graph on the test thread, and a
 * pulse adding cells or a startup adding panes meanwhile makes that walk fail ({@code IndexOutOfBoundsException} in
 * {@code Parent.lookupAll}) or miss nodes: CI saw it. TestFX's {@code lookup}, {@code from} and {@code match} walk
 * at once (only {@code query...} is left to the end), so each step runs on the FX thread.
 */
final class FxThreadQuery implements NodeQuery {
    private static final long ANSWER_S = 20;
    private final NodeQuery inner;

    FxThreadQuery(NodeQuery inner) {
        this.inner = inner;
    }

    /** Runs {@code work} on the FX thread (at once when already there) and returns its result or rethrows. */
    static <T> T onFx(Callable<T> work) {
        try {
            if (Platform.isFxApplicationThread()) {
                return work.call();
            }
            // not WaitForAsyncUtils.asyncFx: it keeps a failure to rethrow from a later, unrelated wait
            FutureTask<T> task = new FutureTask<>(work);
            Platform.runLater(task);
            return task.get(ANSWER_S, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the FX thread did not answer a lookup within " + ANSWER_S + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while looking up nodes", e);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public NodeQuery from(Node... parentNodes) {
        return new FxThreadQuery(onFx(() -> inner.from(parentNodes)));
    }

    @Override
    public NodeQuery from(Collection<Node> parentNodes) {
        return new FxThreadQuery(onFx(() -> inner.from(parentNodes)));
    }

    @Override
    public NodeQuery lookup(String query) {
        return new FxThreadQuery(onFx(() -> inner.lookup(query)));
    }

    @Override
    public <T> NodeQuery lookup(Matcher<T> matcher) {
        return new FxThreadQuery(onFx(() -> inner.lookup(matcher)));
    }

    @Override
    public <T extends Node> NodeQuery lookup(Predicate<T> predicate) {
        return new FxThreadQuery(onFx(() -> inner.lookup(predicate)));
    }

    @Override
    public NodeQuery lookup(Function<Node, Set<Node>> function) {
        return new FxThreadQuery(onFx(() -> inner.lookup(function)));
    }

    @Override
    public <T> NodeQuery match(Matcher<T> matcher) {
        return new FxThreadQuery(onFx(() -> inner.match(matcher)));
    }

    @Override
    public <T extends Node> NodeQuery match(Predicate<T> predicate) {
        return new FxThreadQuery(onFx(() -> inner.match(predicate)));
    }

    @Override
    public NodeQuery nth(int index) {
        return new FxThreadQuery(onFx(() -> inner.nth(index)));
    }

    @Override
    public <T extends Node> T query() {
        return onFx(inner::query);
    }

    @Override
    public <T extends Node> T queryAs(Class<T> clazz) {
        return onFx(() -> inner.queryAs(clazz));
    }

    @Override
    public <T extends Node> Optional<T> tryQuery() {
        return onFx(inner::tryQuery);
    }

    @Override
    public <T extends Node> Optional<T> tryQueryAs(Class<T> clazz) {
        return onFx(() -> inner.tryQueryAs(clazz));
    }

    @Override
    public <T extends Node> Set<T> queryAll() {
        return onFx(inner::queryAll);
    }

    @Override
    public <T extends Node> Set<T> queryAllAs(Class<T> clazz) {
        return onFx(() -> inner.queryAllAs(clazz));
    }
}
