/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.diagram;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.FloatSize;

/** Renders the SVG of a diagram to PNG with JSVG (pure Java2D, no display needed). */
public final class PngRenderer {

    private PngRenderer() {
    }

    /** PNG bytes of the SVG, scaled (2 gives a sharp picture for READMEs). */
    public static byte[] render(String svg, double scale) throws IOException {
        System.setProperty("java.awt.headless", "true");
        SVGDocument document = new SVGLoader().load(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)),
                URI.create("memory:/diagram.svg"), LoaderContext.createDefault());
        if (document == null) {
            throw new IOException("the SVG could not be read for PNG rendering");
        }
        FloatSize size = document.size();
        int width = (int) Math.ceil(size.width * scale);
        int height = (int) Math.ceil(size.height * scale);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.scale(scale, scale);
            document.render((java.awt.Component) null, graphics, null);
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
