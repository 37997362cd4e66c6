;; Stores a var of 5000 bytes (more than the default memory.maxVarBytes, 4096).
(module
  (import "extism:host/env" "alloc" (func $alloc (param i64) (result i64)))
  (import "extism:host/env" "store_u8" (func $store_u8 (param i64 i32)))
  (import "extism:host/env" "var_set" (func $var_set (param i64 i64)))
  (memory (export "memory") 1)
  (func (export "helm_plugin_main") (result i32)
    (local $key i64)
    (local.set $key (call $alloc (i64.const 1)))
    (call $store_u8 (local.get $key) (i32.const 107))
    (call $var_set (local.get $key) (call $alloc (i64.const 5000)))
    (i32.const 0)))
