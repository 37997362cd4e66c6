;; Allocates Extism memory until it is refused.
(module
  (import "extism:host/env" "alloc" (func $alloc (param i64) (result i64)))
  (memory (export "memory") 1)
  (func (export "helm_plugin_main") (result i32)
    (loop $more (drop (call $alloc (i64.const 65536))) (br $more))
    (i32.const 0)))
