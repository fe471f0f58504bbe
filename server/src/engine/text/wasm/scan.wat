;; Scans of UTF-16 text, eight code units at a time (text/simdScan.ts calls them).
;;
;; `scan(bytes)`: whether the text holds a character the canonical form changes (text/canonical.ts,
;; SUSPECT), CR aside (the caller finds it by one native search first). It reads the text from address 0 as little-endian UTF-16, `bytes` a multiple of 64 (the
;; caller pads with zeros, which are not suspect), and returns 1 at the first step holding a suspect
;; code unit, else 0. A step is 64 bytes: four vectors of eight code units.
;; - All below U+0080 (most steps of any text): ruled out by one mask of the four vectors' union.
;; - All below U+0100 (Latin-1: æ, ø, å): only the no-break space and the soft hyphen are suspect.
;; - Else every vector is compared with every range of the set: rare in Danish text.
;;
;; `pairs(bytes, first, second, out)`: every place where a letter pair stands, in either case (`kr`,
;; `Kr`, `KR`, `kR`): `first` and `second` are lower-case ASCII letters. The text is read from address
;; 0 as `scan` reads it (and 16 bytes past `bytes` must be zeros); the places (code-unit indices,
;; rising) are written as 32-bit integers from address `out`; returns how many.
;;
;; `controls(bytes)`: whether the first `bytes` bytes (a multiple of 16) hold a control character other
;; than tab, line feed, form feed and CR, or U+FFFD (what a binary file read as text is full of).
;;
;; Assembled by `node scripts/make-wasm.mjs` into text/simdScan.ts (a test holds the two together).
(module
  (memory (export "memory") 1)

  ;; Any code unit of $v in the set: no-break space, soft hyphen, combining marks (U+0300–036F,
  ;; U+1AB0–1AFF, U+1DC0–1DFF, U+20D0–20FF, U+FE20–FE2F), Unicode spaces and zero-width characters
  ;; (U+2000–200F, U+202F, U+205F, U+2060, U+3000), surrogates (U+D800–DFFF), the BOM (U+FEFF).
  ;; A range [lo, lo + n) is one unsigned comparison: (unit - lo) < n.
  (func $anySuspect (param $v v128) (result i32)
    (v128.any_true
      (v128.or
        (v128.or
          (v128.or
            (i16x8.eq (local.get $v) (v128.const i16x8 0x00A0 0x00A0 0x00A0 0x00A0 0x00A0 0x00A0 0x00A0 0x00A0))
            (i16x8.eq (local.get $v) (v128.const i16x8 0x00AD 0x00AD 0x00AD 0x00AD 0x00AD 0x00AD 0x00AD 0x00AD)))
          (v128.or
            (i16x8.lt_u (i16x8.sub (local.get $v) (v128.const i16x8 0x0300 0x0300 0x0300 0x0300 0x0300 0x0300 0x0300 0x0300))
                        (v128.const i16x8 0x0070 0x0070 0x0070 0x0070 0x0070 0x0070 0x0070 0x0070))
            (i16x8.lt_u (i16x8.sub (local.get $v) (v128.const i16x8 0x1AB0 0x1AB0 0x1AB0 0x1AB0 0x1AB0 0x1AB0 0x1AB0 0x1AB0))
                        (v128.const i16x8 0x0050 0x0050 0x0050 0x0050 0x0050 0x0050 0x0050 0x0050))))
        (v128.or
          (v128.or
            (v128.or
              (i16x8.lt_u (i16x8.sub (local.get $v) (v128.const i16x8 0x1DC0 0x1DC0 0x1DC0 0x1DC0 0x1DC0 0x1DC0 0x1DC0 0x1DC0))
                          (v128.const i16x8 0x0040 0x0040 0x0040 0x0040 0x0040 0x0040 0x0040 0x0040))
              (i16x8.lt_u (i16x8.sub (local.get $v) (v128.const i16x8 0x2000 0x2000 0x2000 0x2000 0x2000 0x2000 0x2000 0x2000))
                          (v128.const i16x8 0x0010 0x0010 0x0010 0x0010 0x0010 0x0010 0x0010 0x0010)))
            (v128.or
              (i16x8.eq (local.get $v) (v128.const i16x8 0x202F 0x202F 0x202F 0x202F 0x202F 0x202F 0x202F 0x202F))
              (i16x8.lt_u (i16x8.sub (local.get $v) (v128.const i16x8 0x205F 0x205F 0x205F 0x205F 0x205F 0x205F 0x205F 0x205F))
                          (v128.const i16x8 0x0002 0x0002 0x0002 0x0002 0x0002 0x0002 0x0002 0x0002))))
          (v128.or
            (v128.or
              (i16x8.lt_u (i16x8.sub (local.get $v) (v128.const i16x8 0x20D0 0x20D0 0x20D0 0x20D0 0x20D0 0x20D0 0x20D0 0x20D0))
                          (v128.const i16x8 0x0030 0x0030 0x0030 0x0030 0x0030 0x0030 0x0030 0x0030))
              (i16x8.eq (local.get $v) (v128.const i16x8 0x3000 0x3000 0x3000 0x3000 0x3000 0x3000 0x3000 0x3000)))
            (v128.or
              (v128.or
                (i16x8.lt_u (i16x8.sub (local.get $v) (v128.const i16x8 0xD800 0xD800 0xD800 0xD800 0xD800 0xD800 0xD800 0xD800))
                            (v128.const i16x8 0x0800 0x0800 0x0800 0x0800 0x0800 0x0800 0x0800 0x0800))
                (i16x8.lt_u (i16x8.sub (local.get $v) (v128.const i16x8 0xFE20 0xFE20 0xFE20 0xFE20 0xFE20 0xFE20 0xFE20 0xFE20))
                            (v128.const i16x8 0x0010 0x0010 0x0010 0x0010 0x0010 0x0010 0x0010 0x0010)))
              (i16x8.eq (local.get $v) (v128.const i16x8 0xFEFF 0xFEFF 0xFEFF 0xFEFF 0xFEFF 0xFEFF 0xFEFF 0xFEFF))))))))

  (func (export "scan") (param $bytes i32) (result i32)
    (local $at i32) (local $a v128) (local $b v128) (local $c v128) (local $d v128) (local $union v128)
    (block $done
      (loop $step
        (br_if $done (i32.ge_u (local.get $at) (local.get $bytes)))
        (local.set $a (v128.load (local.get $at)))
        (local.set $b (v128.load offset=16 (local.get $at)))
        (local.set $c (v128.load offset=32 (local.get $at)))
        (local.set $d (v128.load offset=48 (local.get $at)))
        (local.set $union (v128.or (v128.or (local.get $a) (local.get $b)) (v128.or (local.get $c) (local.get $d))))
        ;; Anything from U+0080 on in this step?
        (if (v128.any_true (v128.and (local.get $union) (v128.const i16x8 0xFF80 0xFF80 0xFF80 0xFF80 0xFF80 0xFF80 0xFF80 0xFF80)))
          (then
            (if (v128.any_true (v128.and (local.get $union) (v128.const i16x8 0xFF00 0xFF00 0xFF00 0xFF00 0xFF00 0xFF00 0xFF00 0xFF00)))
              ;; Something from U+0100 on: the whole set, vector by vector.
              (then
                (if (i32.or (i32.or (call $anySuspect (local.get $a)) (call $anySuspect (local.get $b)))
                            (i32.or (call $anySuspect (local.get $c)) (call $anySuspect (local.get $d))))
                  (then (return (i32.const 1)))))
              ;; Latin-1 only: a no-break space or a soft hyphen? (Written out, not called: a call
              ;; per vector made the whole scan 60 % slower.)
              (else
                (if (v128.any_true
                      (v128.or
                        (v128.or
                          (v128.or (i16x8.eq (local.get $a) (v128.const i16x8 0x00A0 0x00A0 0x00A0 0x00A0 0x00A0 0x00A0 0x00A0 0x00A0)) (i16x8.eq (local.get $a) (v128.const i16x8 0x00AD 0x00AD 0x00AD 0x00AD 0x00AD 0x00AD 0x00AD 0x00AD)))
                          (v128.or (i16x8.eq (local.get $b) (v128.const i16x8 0x00A0 0x00A0 0x00A0 0x00A0 0x00A0 0x00A0 0x00A0 0x00A0)) (i16x8.eq (local.get $b) (v128.const i16x8 0x00AD 0x00AD 0x00AD 0x00AD 0x00AD 0x00AD 0x00AD 0x00AD))))
                        (v128.or
                          (v128.or (i16x8.eq (local.get $c) (v128.const i16x8 0x00A0 0x00A0 0x00A0 0x00A0 0x00A0 0x00A0 0x00A0 0x00A0)) (i16x8.eq (local.get $c) (v128.const i16x8 0x00AD 0x00AD 0x00AD 0x00AD 0x00AD 0x00AD 0x00AD 0x00AD)))
                          (v128.or (i16x8.eq (local.get $d) (v128.const i16x8 0x00A0 0x00A0 0x00A0 0x00A0 0x00A0 0x00A0 0x00A0 0x00A0)) (i16x8.eq (local.get $d) (v128.const i16x8 0x00AD 0x00AD 0x00AD 0x00AD 0x00AD 0x00AD 0x00AD 0x00AD))))))
                  (then (return (i32.const 1))))))))
        (local.set $at (i32.add (local.get $at) (i32.const 64)))
        (br $step)))
    (i32.const 0))
  (func (export "pairs") (param $bytes i32) (param $first i32) (param $second i32) (param $out i32) (result i32)
    (local $at i32) (local $count i32) (local $a v128) (local $b v128) (local $k0 v128) (local $k1 v128) (local $k2 v128) (local $k3 v128)
    (local.set $a (i16x8.splat (local.get $first)))
    (local.set $b (i16x8.splat (local.get $second)))
    (block $done
      (loop $step
        (br_if $done (i32.ge_u (local.get $at) (local.get $bytes)))
        ;; The first letter in either case among the step's 32 units (bit 5 set: the lower case).
        (local.set $k0 (i16x8.eq (v128.or (v128.load (local.get $at)) (v128.const i16x8 0x20 0x20 0x20 0x20 0x20 0x20 0x20 0x20)) (local.get $a)))
        (local.set $k1 (i16x8.eq (v128.or (v128.load offset=16 (local.get $at)) (v128.const i16x8 0x20 0x20 0x20 0x20 0x20 0x20 0x20 0x20)) (local.get $a)))
        (local.set $k2 (i16x8.eq (v128.or (v128.load offset=32 (local.get $at)) (v128.const i16x8 0x20 0x20 0x20 0x20 0x20 0x20 0x20 0x20)) (local.get $a)))
        (local.set $k3 (i16x8.eq (v128.or (v128.load offset=48 (local.get $at)) (v128.const i16x8 0x20 0x20 0x20 0x20 0x20 0x20 0x20 0x20)) (local.get $a)))
        (if (v128.any_true (v128.or (v128.or (local.get $k0) (local.get $k1)) (v128.or (local.get $k2) (local.get $k3))))
          (then
            ;; Only then the second letter, one unit further on (written out, not called: a call
            ;; per vector cost a third of the scan; `k`, the first letter, is common in Danish).
            (local.set $k0 (v128.and (local.get $k0) (i16x8.eq (v128.or (v128.load offset=2 (local.get $at)) (v128.const i16x8 0x20 0x20 0x20 0x20 0x20 0x20 0x20 0x20)) (local.get $b))))
            (local.set $k1 (v128.and (local.get $k1) (i16x8.eq (v128.or (v128.load offset=18 (local.get $at)) (v128.const i16x8 0x20 0x20 0x20 0x20 0x20 0x20 0x20 0x20)) (local.get $b))))
            (local.set $k2 (v128.and (local.get $k2) (i16x8.eq (v128.or (v128.load offset=34 (local.get $at)) (v128.const i16x8 0x20 0x20 0x20 0x20 0x20 0x20 0x20 0x20)) (local.get $b))))
            (local.set $k3 (v128.and (local.get $k3) (i16x8.eq (v128.or (v128.load offset=50 (local.get $at)) (v128.const i16x8 0x20 0x20 0x20 0x20 0x20 0x20 0x20 0x20)) (local.get $b))))
            ;; The places, rarely: 292 in the two real minutes' 165,000 units.
            (if (v128.any_true (v128.or (v128.or (local.get $k0) (local.get $k1)) (v128.or (local.get $k2) (local.get $k3))))
              (then
                (local.set $count (call $places (i16x8.bitmask (local.get $k0)) (local.get $at) (local.get $out) (local.get $count)))
                (local.set $count (call $places (i16x8.bitmask (local.get $k1)) (i32.add (local.get $at) (i32.const 16)) (local.get $out) (local.get $count)))
                (local.set $count (call $places (i16x8.bitmask (local.get $k2)) (i32.add (local.get $at) (i32.const 32)) (local.get $out) (local.get $count)))
                (local.set $count (call $places (i16x8.bitmask (local.get $k3)) (i32.add (local.get $at) (i32.const 48)) (local.get $out) (local.get $count)))))))
        (local.set $at (i32.add (local.get $at) (i32.const 64)))
        (br $step)))
    (local.get $count))

  ;; The places of the lanes set in `mask` of the vector at `at`, written from `out` after the
  ;; `count` already there; the new count.
  (func $places (param $mask i32) (param $at i32) (param $out i32) (param $count i32) (result i32)
    (block $none
      (br_if $none (i32.eqz (local.get $mask)))
      (loop $each
        (i32.store
          (i32.add (local.get $out) (i32.shl (local.get $count) (i32.const 2)))
          (i32.add (i32.shr_u (local.get $at) (i32.const 1)) (i32.ctz (local.get $mask))))
        (local.set $count (i32.add (local.get $count) (i32.const 1)))
        (local.set $mask (i32.and (local.get $mask) (i32.sub (local.get $mask) (i32.const 1))))
        (br_if $each (local.get $mask))))
    (local.get $count))

  (func (export "controls") (param $bytes i32) (result i32)
    (local $at i32) (local $v v128)
    (block $done
      (loop $step
        (br_if $done (i32.ge_u (local.get $at) (local.get $bytes)))
        (local.set $v (v128.load (local.get $at)))
        ;; Below U+0020 but tab, line feed, form feed and CR; or U+FFFD.
        (if (v128.any_true
              (v128.or
                (v128.andnot
                  (i16x8.lt_u (local.get $v) (v128.const i16x8 0x20 0x20 0x20 0x20 0x20 0x20 0x20 0x20))
                  (v128.or
                    (v128.or (i16x8.eq (local.get $v) (v128.const i16x8 9 9 9 9 9 9 9 9)) (i16x8.eq (local.get $v) (v128.const i16x8 10 10 10 10 10 10 10 10)))
                    (v128.or (i16x8.eq (local.get $v) (v128.const i16x8 12 12 12 12 12 12 12 12)) (i16x8.eq (local.get $v) (v128.const i16x8 13 13 13 13 13 13 13 13)))))
                (i16x8.eq (local.get $v) (v128.const i16x8 0xFFFD 0xFFFD 0xFFFD 0xFFFD 0xFFFD 0xFFFD 0xFFFD 0xFFFD))))
          (then (return (i32.const 1))))
        (local.set $at (i32.add (local.get $at) (i32.const 16)))
        (br $step)))
    (i32.const 0))
)
