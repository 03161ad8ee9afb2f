package dev.profilelens.icons;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilelens.icons.tool.IconArt;
import dev.profilelens.icons.tool.IconFiles;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The committed icon files exist in every size and match what the generator draws now. */
class IconFilesTest {

    @Test
    void everyPngSizeIsBundledAndReadable() throws Exception {
        for (int size : IconFiles.SIZES) {
            try (InputStream in = AppIcons.class.getResourceAsStream("app/profilelens-" + size + ".png")) {
                assertThat(in).as("icon %d", size).isNotNull();
                BufferedImage img = ImageIO.read(in);
                assertThat(img.getWidth()).isEqualTo(size);
                assertThat(img.getHeight()).isEqualTo(size);
            }
        }
        assertThat(AppIcons.windowIcons()).hasSize(7);
    }

    @Test
    void theGeneratorDrawsAnOpaqueCentreAndTransparentCorners() {
        BufferedImage img = IconArt.render(256);
        assertThat(img.getRGB(2, 2) >>> 24).isZero();
        assertThat(img.getRGB(128, 128) >>> 24).isEqualTo(255);
    }

    @Test
    void packagingIconsHaveTheirFormatsMagic() throws Exception {
        Path pkg = Path.of("..", "installer", "src", "jpackage");
        byte[] ico = Files.readAllBytes(pkg.resolve("profilelens.ico"));
        assertThat(ico[0]).isZero();
        assertThat(ico[2]).isEqualTo((byte) 1);
        assertThat(ico[4]).isEqualTo((byte) 7);
        byte[] icns = Files.readAllBytes(pkg.resolve("profilelens.icns"));
        assertThat(new String(icns, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("icns");
    }
}
