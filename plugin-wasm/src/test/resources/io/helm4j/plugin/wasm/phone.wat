;; Makes the HTTP request its config's "request" holds (Extism's JSON: {"url": ...}), then succeeds.
(module
  (import "extism:host/env" "alloc" (func $alloc (param i64) (result i64)))
  (import "extism:host/env" "store_u8" (func $store_u8 (param i64 i32)))
  (import "extism:host/env" "config_get" (func $config_get (param i64) (result i64)))
  (import "extism:host/env" "http_request" (func $http_request (param i64 i64) (result i64)))
  (memory (export "memory") 1)
  (data (i32.const 0) "request")
  (func (export "helm_plugin_main") (result i32)
    (local $key i64) (local $i i32)
    (local.set $key (call $alloc (i64.const 7)))
    (block $done (loop $copy
      (br_if $done (i32.ge_u (local.get $i) (i32.const 7)))
      (call $store_u8 (i64.add (local.get $key) (i64.extend_i32_u (local.get $i))) (i32.load8_u (local.get $i)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $copy)))
    (drop (call $http_request (call $config_get (local.get $key)) (i64.const 0)))
    (i32.const 0)))
