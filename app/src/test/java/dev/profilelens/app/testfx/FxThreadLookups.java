package dev.profilelens.app.testfx;

import java.util.Collection;
import java.util.function.Predicate;
import javafx.scene.Node;
import org.hamcrest.Matcher;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.service.query.NodeQuery;

/**
 * TestFX's JUnit 5 extension, whose robot (the one injected into tests) looks nodes up on the FX thread: every
 * {@code lookup}/{@code from} query and every {@code clickOn("#id")}-style step, which looks up through
 * {@link #lookup(String)}. Use it in place of {@link ApplicationExtension}.
 */
public class FxThreadLookups extends ApplicationExtension {
    @Override
    public NodeQuery fromAll() {
        return new FxThreadQuery(FxThreadQuery.onFx(() -> super.fromAll()));
    }

    @Override
    public NodeQuery from(Node... parentNodes) {
        return new FxThreadQuery(FxThreadQuery.onFx(() -> super.from(parentNodes)));
    }

    @Override
    public NodeQuery from(Collection<Node> parentNodes) {
        return new FxThreadQuery(FxThreadQuery.onFx(() -> super.from(parentNodes)));
    }

    @Override
    public NodeQuery from(NodeQuery nodeQuery) {
        return new FxThreadQuery(FxThreadQuery.onFx(() -> super.from(nodeQuery)));
    }

    @Override
    public NodeQuery lookup(String query) {
        return new FxThreadQuery(FxThreadQuery.onFx(() -> super.lookup(query)));
    }

    @Override
    public <T extends Node> NodeQuery lookup(Matcher<T> matcher) {
        return new FxThreadQuery(FxThreadQuery.onFx(() -> super.lookup(matcher)));
    }

    @Override
    public <T extends Node> NodeQuery lookup(Predicate<T> predicate) {
        return new FxThreadQuery(FxThreadQuery.onFx(() -> super.lookup(predicate)));
    }
}
