package io.helm4j.plugin.wasm;

import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasi.WasiExitException;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.Import;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import io.helm4j.plugin.Plugin;
import io.helm4j.plugin.PluginException;
import io.helm4j.plugin.PluginIo;
import io.helm4j.plugin.PluginKube;
import io.helm4j.plugin.Plugins;
import io.helm4j.plugin.RuntimeConfig;
import io.helm4j.plugin.WasmRuntime;
import io.helm4j.yaml.GoYaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Helm 4's {@code extism/v1} runtime on Chicory: {@code plugin.wasm} instantiated with helm4j's Extism host layer
 * ({@link ExtismKernel}) and WASI (the streams; of the environment, Helm's {@code HELM_*} variables and those
 * named in {@code allowedEnv}; as files, only the directories of {@code allowedPaths} and, with
 * {@code fileSystem.createTempDir}, {@code /tmp}, guarded by {@link FileSystemGuard}); a reactor module's {@code _initialize} run first; every memory capped at
 * {@code memory.maxPages} (4 when not set); the entry function ({@code helm_plugin_main}) given the input as JSON
 * and stopped after {@code timeout} milliseconds. What the module imports beyond Extism's and WASI's functions is
 * refused before it runs.
 */
public final class ChicoryWasmRuntime implements WasmRuntime {
    static final String EXTISM_ENV = "extism:host/env";

    /**
     * Modules parsed and validated once per runtime, keyed by the SHA-256 of {@code plugin.wasm}: a plugin called
     * many times (a template function per use, a getter per URL) is read and parsed once; a changed file is a new
     * key. Each call still gets a fresh instance (fresh memory), so calls share nothing.
     */
    private final Map<String, WasmModule> modules = new java.util.concurrent.ConcurrentHashMap<>();
    /** Each module's compiled machine factory, by the same digest (see {@link CompiledModules}). */
    private final Map<WasmModule, java.util.function.Function<Instance, com.dylibso.chicory.runtime.Machine>>
            compiled = new java.util.concurrent.ConcurrentHashMap<>();

    static final String HELM4J_KUBE = "helm4j:host/kube";

    @Override
    public void runCli(Plugin plugin, List<String> extraArgs, Map<String, String> env, PluginIo io) {
        runCli(plugin, extraArgs, env, io, PluginKube.NONE);
    }

    @Override
    public void runCli(Plugin plugin, List<String> extraArgs, Map<String, String> env, PluginIo io, PluginKube kube) {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("extraArgs", extraArgs);
        call(plugin, GoYaml.toJson(in), env, env, io, kube);
    }

    @Override
    public String postRender(Plugin plugin, String manifests, List<String> extraArgs, Map<String, String> env,
            PluginIo io) {
        return postRender(plugin, manifests, extraArgs, env, io, PluginKube.NONE);
    }

    @Override
    public String postRender(Plugin plugin, String manifests, List<String> extraArgs, Map<String, String> env,
            PluginIo io, PluginKube kube) {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("manifests", manifests); // a JSON string: Helm 4 writes {} here (a bytes.Buffer), the plugin gets nothing
        in.put("extraArgs", extraArgs);
        String out = call(plugin, GoYaml.toJson(in), Map.of(), env, io, kube); // env places the compiled-classes cache only
        if (out.isBlank()) {
            return "";
        }
        Object m;
        try {
            m = GoYaml.fromJsonObject(out).get("manifests");
        } catch (RuntimeException e) {
            throw new PluginException(plugin.name(), "plugin \"" + plugin.name() + "\": its output is not the JSON of "
                    + "postrenderer/v1 ({\"manifests\": \"...\"}): " + e.getMessage(), e);
        }
        return m instanceof String s ? s : "";
    }

    @Override
    public String invoke(Plugin plugin, String inputJson, Map<String, String> env, PluginIo io) {
        return call(plugin, inputJson, env, io);
    }

    @Override
    public String invoke(Plugin plugin, String inputJson, Map<String, String> env, PluginIo io, PluginKube kube) {
        return call(plugin, inputJson, env, env, io, kube);
    }

    /** Runs the plugin's entry function on {@code input} and returns its output, or fails naming the plugin. */
    String call(Plugin plugin, String input, Map<String, String> env, PluginIo io) {
        return call(plugin, input, env, env, io);
    }

    /** As above; {@code hostEnv} (not the plugin's) says where compiled classes are kept. */
    String call(Plugin plugin, String input, Map<String, String> env, Map<String, String> hostEnv, PluginIo io) {
        return call(plugin, input, env, hostEnv, io, PluginKube.NONE);
    }

    /** As above, serving granted Kubernetes reads through {@code kube}. */
    String call(Plugin plugin, String input, Map<String, String> env, Map<String, String> hostEnv, PluginIo io,
            PluginKube kube) {
        RuntimeConfig.Extism rc = (RuntimeConfig.Extism) plugin.metadata().runtimeConfig();
        WasmModule module = module(plugin);
        ExtismKernel kernel = new ExtismKernel(plugin.name(), rc, input.getBytes(StandardCharsets.UTF_8), kube);
        Path tmp = null;
        try {
            List<FileSystemGuard.Grant> grants = new ArrayList<>();
            for (RuntimeConfig.PathGrant g : rc.allowedPaths()) {
                grants.add(new FileSystemGuard.Grant(g.guest(), hostDirectory(plugin, g), g.readOnly(),
                        "runtimeConfig.allowedPaths: " + (g.readOnly() ? "ro:" : "") + g.host()));
            }
            if (rc.createTempDir()) {
                tmp = Files.createTempDirectory("helm-plugin-");
                grants.add(new FileSystemGuard.Grant("/tmp", tmp, false, "fileSystem.createTempDir"));
            }
            FileSystemGuard files = new FileSystemGuard(plugin.name(), grants);
            WasiOptions.Builder wasi = WasiOptions.builder().withStdin(io.stdin()).withStdout(io.stdout())
                    .withStderr(io.stderr()).withArguments(List.of(plugin.name()));
            env.forEach((k, v) -> {
                if (k.startsWith("HELM_") || rc.allowedEnv().contains(k)) {
                    wasi.withEnvironment(k, v); // the rest of the user's environment is not the plugin's to read
                }
            });
            files.preopen(wasi);
            try (WasiPreview1 preview1 = WasiPreview1.builder().withOptions(wasi.build())
                    .withLogger(new WasiLog(plugin.name(), io.stderr())).build()) {
                ImportValues imports = imports(plugin, module, kernel, preview1, files);
                var machine = compiled.computeIfAbsent(module, m -> CompiledModules.factory(m,
                        CompiledModules.cacheDir(hostEnv)));
                return run(plugin, rc, module, imports, kernel, machine);
            }
        } catch (IOException e) {
            throw new PluginException(plugin.name(), "plugin \"" + plugin.name() + "\": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                deleteTree(tmp);
            }
        }
    }

    /** A granted host directory, which must exist: a plugin is not given a path that is not there. */
    private static Path hostDirectory(Plugin plugin, RuntimeConfig.PathGrant g) {
        Path host = g.hostPath(plugin.dir());
        if (!Files.isDirectory(host)) {
            throw new PluginException(plugin.name(), "plugin \"" + plugin.name() + "\": fileSystem: "
                    + "runtimeConfig.allowedPaths grants " + host + ", which is not a directory");
        }
        return host;
    }

    /** The plugin's module, from the cache when its digest was seen. */
    WasmModule module(Plugin plugin) {
        Path wasm = plugin.dir().resolve(Plugins.WASM_FILE);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(wasm);
        } catch (IOException e) {
            throw new PluginException(plugin.name(), "plugin \"" + plugin.name() + "\": cannot read " + wasm + ": "
                    + e.getMessage(), e);
        }
        return modules.computeIfAbsent(sha256(bytes), d -> parse(plugin, wasm, bytes));
    }

    /** How many distinct modules this runtime has parsed. */
    int cachedModules() {
        return modules.size();
    }

    private static String sha256(byte[] b) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static WasmModule parse(Plugin plugin, Path wasm, byte[] bytes) {
        try {
            return Parser.parse(bytes);
        } catch (ChicoryException | java.io.UncheckedIOException e) {
            throw new PluginException(plugin.name(), "plugin \"" + plugin.name() + "\": " + wasm + " is not a "
                    + "WebAssembly module: " + e.getMessage(), e);
        }
    }

    /** Extism's functions and WASI's, for exactly what the module imports; anything else is refused. */
    private static ImportValues imports(Plugin plugin, WasmModule module, ExtismKernel kernel, WasiPreview1 wasi,
            FileSystemGuard files) {
        Map<String, HostFunction> wasiFunctions = new LinkedHashMap<>();
        for (HostFunction f : wasi.toHostFunctions()) {
            wasiFunctions.put(f.name(), files.guard(f));
        }
        List<HostFunction> functions = new ArrayList<>();
        for (int i = 0; i < module.importSection().importCount(); i++) {
            Import imp = module.importSection().getImport(i);
            String what = imp.module() + "." + imp.name();
            if (imp.importType() != ExternalType.FUNCTION) {
                throw new PluginException(plugin.name(), "plugin \"" + plugin.name() + "\": imports " + what
                        + " (a " + imp.importType().name().toLowerCase() + "), which helm4j does not provide");
            }
            if (imp.module().equals("wasi_snapshot_preview1") && wasiFunctions.containsKey(imp.name())) {
                functions.add(wasiFunctions.get(imp.name()));
            } else if (imp.module().equals(HELM4J_KUBE) && imp.name().equals("kube_request")) {
                var type = module.typeSection().getType(((FunctionImport) imp).typeIndex());
                functions.add(new HostFunction(imp.module(), imp.name(), type,
                        (inst, a) -> new long[] {kernel.kubeRequest(a[0])}));
            } else if (imp.module().equals(EXTISM_ENV)) {
                var type = module.typeSection().getType(((FunctionImport) imp).typeIndex());
                functions.add(new HostFunction(imp.module(), imp.name(), type,
                        ExtismFunctions.handle(plugin.name(), imp.name(), kernel)));
            } else {
                throw new PluginException(plugin.name(), "plugin \"" + plugin.name() + "\": imports the host function "
                        + what + ", which helm4j does not provide (hostFunctions: none are granted)");
            }
        }
        return ImportValues.builder().withFunctions(new ArrayList<>(functions)).build();
    }

    private static String run(Plugin plugin, RuntimeConfig.Extism rc, WasmModule module, ImportValues imports,
            ExtismKernel kernel, java.util.function.Function<Instance, com.dylibso.chicory.runtime.Machine> machine) {
        String name = plugin.name();
        int cap = (int) Math.min(rc.effectiveMaxPages(), MemoryLimits.MAX_PAGES);
        List<Memory> memories = new ArrayList<>();
        FutureTask<Integer> task = new FutureTask<>(() -> {
            Instance instance = Instance.builder(module).withImportValues(imports).withMachineFactory(machine)
                    .withMemoryFactory(limits -> {
                if (limits.initialPages() > cap) {
                    throw new PluginException(name, "plugin \"" + name + "\": memory: the module needs "
                            + limits.initialPages() + " pages of 64 KiB at start, more than memory.maxPages (" + cap + ")");
                }
                Memory m = new ByteArrayMemory(new MemoryLimits(limits.initialPages(),
                        Math.min(limits.maximumPages(), cap)));
                memories.add(m);
                return m;
            }).build();
            if (exports(module, "_initialize")) {
                instance.export("_initialize").apply(); // a reactor (Go, TinyGo, Rust): before the entry function
            }
            String entry = rc.effectiveEntry();
            if (!exports(module, entry)) {
                throw new PluginException(name, "plugin \"" + name + "\": its module exports no function " + entry);
            }
            ExportFunction f = instance.export(entry);
            long[] r = f.apply();
            return r == null || r.length == 0 ? 0 : (int) r[0];
        });
        Thread t = Thread.ofPlatform().name("helm4j-plugin-" + name).daemon().start(task);
        int code;
        try {
            code = rc.timeoutMillis() > 0 ? task.get(rc.timeoutMillis(), TimeUnit.MILLISECONDS) : task.get();
        } catch (TimeoutException e) {
            t.interrupt();
            task.cancel(true);
            throw new PluginException(name, "plugin \"" + name + "\": timeout: still running after "
                    + rc.timeoutMillis() + " ms (runtimeConfig.timeout), stopped");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            t.interrupt();
            throw new PluginException(name, "plugin \"" + name + "\" was interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof WasiExitException exit) {
                code = exit.exitCode();
            } else if (c instanceof PluginException pe) {
                throw pe;
            } else {
                String why = c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
                boolean full = memories.stream().anyMatch(m -> m.pages() >= cap);
                throw new PluginException(name, "plugin \"" + name + "\" failed: " + why + (full
                        ? " (its memory reached memory.maxPages: " + cap + " pages of 64 KiB)" : ""), c);
            }
        }
        if (code != 0) {
            String msg = kernel.error();
            throw new PluginException(name, "plugin \"" + name + "\" exited with error" + (msg == null || msg.isEmpty()
                    ? " (exit code " + code + ")" : ": " + msg), null, code);
        }
        return new String(kernel.output(), StandardCharsets.UTF_8);
    }

    private static boolean exports(WasmModule module, String name) {
        for (int i = 0; i < module.exportSection().exportCount(); i++) {
            Export e = module.exportSection().getExport(i);
            if (e.name().equals(name) && e.exportType() == ExternalType.FUNCTION) {
                return true;
            }
        }
        return false;
    }

    private static void deleteTree(Path root) {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary directory left behind is not worth failing the command
        }
    }
}
