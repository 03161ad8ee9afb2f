package dev.profilelens.app.notify;

import java.awt.AWTException;
import java.awt.Color;
import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import java.util.Optional;

/** Notifies with a balloon from a tray icon (Windows, and desktops that have a system tray). */
final class TrayNotifier implements Notifier {
    private final TrayIcon icon;

    private TrayNotifier(TrayIcon icon) {
        this.icon = icon;
    }

    static Optional<TrayNotifier> create() {
        try {
            if (GraphicsEnvironment.isHeadless() || !SystemTray.isSupported()) {
                return Optional.empty();
            }
            BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
            var g = image.createGraphics();
            g.setColor(new Color(0x2f, 0x6f, 0xde));
            g.fillOval(1, 1, 14, 14);
            g.dispose();
            TrayIcon icon = new TrayIcon(image, "ProfileLens");
            icon.setImageAutoSize(true);
            SystemTray.getSystemTray().add(icon);
            return Optional.of(new TrayNotifier(icon));
        } catch (AWTException | RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    @Override
    public void notify(String title, String body) {
        EventQueue.invokeLater(() -> icon.displayMessage(title, body, TrayIcon.MessageType.INFO));
    }
}
