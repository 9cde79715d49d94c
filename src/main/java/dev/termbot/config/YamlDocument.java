package dev.termbot.config;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

import dev.termbot.core.ConfigException;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Parses the text of a YAML file people edit into SnakeYAML nodes, which keep the line and column
 * of every value, with the limits that make a hostile file harmless. Stateless.
 */
public final class YamlDocument {
    private YamlDocument() {
    }

    /**
     * Reads a file people edit as UTF-8 text, turning every way it can fail into a located problem
     * at its first character, so the caller's messages look like any other.
     */
    public static String read(Path file, int maxBytes) throws ConfigException {
        String name = file.toString();
        try {
            if (Files.size(file) > maxBytes) {
                throw new ConfigException(name, 1, 1, "file is larger than " + maxBytes / 1024 + " KiB; is it the right file?");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException(name, 1, 1, "file not found");
        } catch (CharacterCodingException e) {
            throw new ConfigException(name, 1, 1, "file is not valid UTF-8");
        } catch (IOException e) {
            throw new ConfigException(name, 1, 1, "cannot read file: " + e.getClass().getSimpleName());
        }
    }

    /**
     * The root node, or empty for an empty document or a syntax error (reported into {@code problems}
     * at its position).
     */
    public static Optional<Node> compose(String yaml, Problems problems, int maxChars) {
        LoaderOptions options = new LoaderOptions();
        // Anchors are handy for shared values, but unbounded aliases are the "billion laughs" attack.
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(maxChars);
        String text = yaml.startsWith("\uFEFF") ? yaml.substring(1) : yaml;
        try {
            return Optional.ofNullable(new Yaml(options).compose(new StringReader(text)));
        } catch (MarkedYAMLException e) {
            problems.at(e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark(), syntaxMessage(e));
        } catch (YAMLException e) {
            problems.add(1, 1, "YAML error: " + e.getMessage());
        }
        return Optional.empty();
    }

    private static String syntaxMessage(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem();
        String context = e.getContext();
        return "YAML syntax error: " + problem + (context == null ? "" : " (" + context.strip() + ")");
    }
}
