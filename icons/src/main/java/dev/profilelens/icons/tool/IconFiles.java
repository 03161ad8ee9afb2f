package dev.profilelens.icons.tool;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Regenerates the committed icon files from {@link IconArt}: PNGs 16–1024 px, a Windows {@code .ico} (PNG
 * entries) and a macOS {@code .icns}. Run from the repository root:
 * {@code java -cp icons/target/classes dev.profilelens.icons.tool.IconFiles}.
 */
public final class IconFiles {
    public static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256, 512, 1024};

    private IconFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Path png = root.resolve("icons/src/main/resources/dev/profilelens/icons/app");
        Path pkg = root.resolve("installer/src/jpackage");
        Files.createDirectories(png);
        Files.createDirectories(pkg);
        for (int size : SIZES) {
            Files.write(png.resolve("profilelens-" + size + ".png"), png(IconArt.render(size)));
        }
        Files.write(pkg.resolve("profilelens.png"), png(IconArt.render(512)));
        Files.write(pkg.resolve("profilelens.ico"), ico(new int[] {16, 24, 32, 48, 64, 128, 256}));
        Files.write(pkg.resolve("profilelens.icns"), icns());
    }

    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** An ICO whose entries are PNG images (supported since Windows Vista). */
    static byte[] ico(int[] sizes) throws IOException {
        List<byte[]> images = new ArrayList<>();
        for (int s : sizes) {
            images.add(png(IconArt.render(s)));
        }
        int offset = 6 + 16 * sizes.length;
        ByteBuffer head = ByteBuffer.allocate(offset).order(ByteOrder.LITTLE_ENDIAN);
        head.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        for (int i = 0; i < sizes.length; i++) {
            int s = sizes[i];
            head.put((byte) (s >= 256 ? 0 : s)).put((byte) (s >= 256 ? 0 : s)).put((byte) 0).put((byte) 0);
            head.putShort((short) 1).putShort((short) 32).putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(head.array());
        for (byte[] image : images) {
            out.write(image);
        }
        return out.toByteArray();
    }

    /** An ICNS with PNG entries ic07 (128), ic08 (256), ic09 (512), ic10 (1024). */
    static byte[] icns() throws IOException {
        String[] types = {"ic07", "ic08", "ic09", "ic10"};
        int[] sizes = {128, 256, 512, 1024};
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(body);
        for (int i = 0; i < types.length; i++) {
            byte[] image = png(IconArt.render(sizes[i]));
            d.writeBytes(types[i]);
            d.writeInt(8 + image.length);
            d.write(image);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream o = new DataOutputStream(out);
        o.writeBytes("icns");
        o.writeInt(8 + body.size());
        o.write(body.toByteArray());
        return out.toByteArray();
    }
}
