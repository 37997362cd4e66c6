package io.helm4j.plugin.wasm;

import com.dylibso.chicory.runtime.WasmFunctionHandle;
import io.helm4j.plugin.PluginException;

/** Each function of Extism's {@code extism:host/env} as a Chicory host function over an {@link ExtismKernel}. */
final class ExtismFunctions {
    private ExtismFunctions() {
    }

    private static long[] one(long v) {
        return new long[] {v};
    }

    static WasmFunctionHandle handle(String plugin, String name, ExtismKernel k) {
        return switch (name) {
            case "input_length" -> (inst, a) -> one(k.inputLength());
            case "input_load_u8" -> (inst, a) -> one(k.inputLoadU8(a[0]));
            case "input_load_u64" -> (inst, a) -> one(k.inputLoadU64(a[0]));
            case "input_offset" -> (inst, a) -> one(k.inputOffset());
            case "output_set" -> (inst, a) -> {
                k.outputSet(a[0], a[1]);
                return null;
            };
            case "alloc" -> (inst, a) -> one(k.alloc(a[0]));
            case "free" -> (inst, a) -> {
                k.free(a[0]);
                return null;
            };
            case "length", "length_unsafe" -> (inst, a) -> one(k.length(a[0]));
            case "load_u8" -> (inst, a) -> one(k.loadU8(a[0]));
            case "load_u64" -> (inst, a) -> one(k.loadU64(a[0]));
            case "store_u8" -> (inst, a) -> {
                k.storeU8(a[0], (int) a[1]);
                return null;
            };
            case "store_u64" -> (inst, a) -> {
                k.storeU64(a[0], a[1]);
                return null;
            };
            case "error_set" -> (inst, a) -> {
                k.errorSet(a[0]);
                return null;
            };
            case "error_get" -> (inst, a) -> one(k.errorGet());
            case "config_get" -> (inst, a) -> one(k.configGet(a[0]));
            case "var_get" -> (inst, a) -> one(k.varGet(a[0]));
            case "var_set" -> (inst, a) -> {
                k.varSet(a[0], a[1]);
                return null;
            };
            case "http_request" -> (inst, a) -> one(k.httpRequest(a[0], a[1]));
            case "http_status_code" -> (inst, a) -> one(k.httpStatusCode());
            case "http_headers" -> (inst, a) -> one(0);
            case "log_trace", "log_debug", "log_info", "log_warn", "log_error" -> (inst, a) -> null;
            case "get_log_level" -> (inst, a) -> one(Integer.MAX_VALUE);
            default -> throw new PluginException(plugin, "plugin \"" + plugin + "\": imports " + ChicoryWasmRuntime.EXTISM_ENV
                    + "." + name + ", which is not part of the Extism host interface helm4j provides");
        };
    }
}
