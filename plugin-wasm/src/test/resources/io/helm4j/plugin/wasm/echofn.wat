;; A templatefunc/v1 plugin: every function answers {"result": INPUT}, its whole input ({"function": NAME,
;; "args": [...]}) as the result, so a template can read back what it passed; a function whose name starts with
;; "b" fails with the message "kaboom".
(module
  (import "extism:host/env" "input_length" (func $input_length (result i64)))
  (import "extism:host/env" "input_load_u8" (func $input_load_u8 (param i64) (result i32)))
  (import "extism:host/env" "alloc" (func $alloc (param i64) (result i64)))
  (import "extism:host/env" "store_u8" (func $store_u8 (param i64 i32)))
  (import "extism:host/env" "output_set" (func $output_set (param i64 i64)))
  (import "extism:host/env" "error_set" (func $error_set (param i64)))
  (memory (export "memory") 1)
  (data (i32.const 0) "{\22result\22:")
  (data (i32.const 16) "kaboom")
  (func (export "helm_plugin_main") (result i32)
    (local $n i64) (local $i i64) (local $out i64) (local $e i64) (local $k i32)
    (local.set $n (call $input_length))
    ;; {"function":"b...
    (if (i32.eq (call $input_load_u8 (i64.const 13)) (i32.const 98))
      (then
        (local.set $e (call $alloc (i64.const 6)))
        (block $d (loop $c
          (br_if $d (i32.ge_u (local.get $k) (i32.const 6)))
          (call $store_u8 (i64.add (local.get $e) (i64.extend_i32_u (local.get $k)))
            (i32.load8_u (i32.add (i32.const 16) (local.get $k))))
          (local.set $k (i32.add (local.get $k) (i32.const 1)))
          (br $c)))
        (call $error_set (local.get $e))
        (return (i32.const 1))))
    (local.set $out (call $alloc (i64.add (local.get $n) (i64.const 11))))
    (block $d2 (loop $c2
      (br_if $d2 (i32.ge_u (local.get $k) (i32.const 10)))
      (call $store_u8 (i64.add (local.get $out) (i64.extend_i32_u (local.get $k)))
        (i32.load8_u (local.get $k)))
      (local.set $k (i32.add (local.get $k) (i32.const 1)))
      (br $c2)))
    (block $d3 (loop $c3
      (br_if $d3 (i64.ge_u (local.get $i) (local.get $n)))
      (call $store_u8 (i64.add (local.get $out) (i64.add (local.get $i) (i64.const 10)))
        (call $input_load_u8 (local.get $i)))
      (local.set $i (i64.add (local.get $i) (i64.const 1)))
      (br $c3)))
    (call $store_u8 (i64.add (local.get $out) (i64.add (local.get $n) (i64.const 10))) (i32.const 125))
    (call $output_set (local.get $out) (i64.add (local.get $n) (i64.const 11)))
    (i32.const 0)))
