package dev.profilelens.icons;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The app icon in every generated size, as resource URLs (for stage icons and about boxes). */
public final class AppIcons {
    private static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256, 512, 1024};

    private AppIcons() {
    }

    public static String url(int size) {
        URL u = Objects.requireNonNull(AppIcons.class.getResource("app/profilelens-" + size + ".png"),
                "no icon of size " + size);
        return u.toExternalForm();
    }

    /** The sizes a window manager may pick from. */
    public static List<String> windowIcons() {
        List<String> out = new ArrayList<>();
        for (int s : SIZES) {
            if (s <= 256) {
                out.add(url(s));
            }
        }
        return out;
    }
}
