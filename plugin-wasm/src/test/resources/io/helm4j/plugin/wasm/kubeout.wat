;; Asks helm4j's kube_request for what its config's "request" holds, then answers with its config's "output" as it
;; is (a postrenderer/v1's {"manifests": ...}, a templatefunc/v1's {"result": ...}): a plugin of any type that reads
;; the cluster. A refused or failing read stops it before it answers.
(module
  (import "extism:host/env" "alloc" (func $alloc (param i64) (result i64)))
  (import "extism:host/env" "store_u8" (func $store_u8 (param i64 i32)))
  (import "extism:host/env" "length" (func $length (param i64) (result i64)))
  (import "extism:host/env" "config_get" (func $config_get (param i64) (result i64)))
  (import "extism:host/env" "output_set" (func $output_set (param i64 i64)))
  (import "helm4j:host/kube" "kube_request" (func $kube_request (param i64) (result i64)))
  (memory (export "memory") 1)
  (data (i32.const 0) "request")
  (data (i32.const 8) "output")
  ;; the bytes at $at (length $n) copied into a new Extism block
  (func $block (param $at i32) (param $n i32) (result i64)
    (local $off i64) (local $i i32)
    (local.set $off (call $alloc (i64.extend_i32_u (local.get $n))))
    (block $done (loop $copy
      (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
      (call $store_u8 (i64.add (local.get $off) (i64.extend_i32_u (local.get $i)))
        (i32.load8_u (i32.add (local.get $at) (local.get $i))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $copy)))
    (local.get $off))
  (func (export "helm_plugin_main") (result i32)
    (local $out i64)
    (drop (call $kube_request (call $config_get (call $block (i32.const 0) (i32.const 7)))))
    (local.set $out (call $config_get (call $block (i32.const 8) (i32.const 6))))
    (call $output_set (local.get $out) (call $length (local.get $out)))
    (i32.const 0)))
