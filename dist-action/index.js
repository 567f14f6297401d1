// calico-lint GitHub Action, bundled from src/action/main.ts by scripts/build-action.ts. Do not edit.
import { createRequire as __calicoLintCreateRequire } from 'node:module';
const require = __calicoLintCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/text.ts
function quote(value, maxLength = MAX_ECHO_LENGTH) {
  const text = typeof value === "string" ? value : preview(value, maxLength * 2 + 1);
  return `"${escapeControl(clip(text, maxLength))}"`;
}
function echo(text, maxLength = MAX_ECHO_LENGTH) {
  return sanitize(clip(text, maxLength));
}
function clip(text, maxLength) {
  const head = [...text.slice(0, maxLength * 2)];
  return head.length > maxLength || text.length > maxLength * 2 ? head.slice(0, maxLength).join("") + "…" : text;
}
function escapeControl(text) {
  return sanitize(text.replace(/["\\]/g, (char) => `\\${char}`));
}
function sanitize(text) {
  return text.replace(INVISIBLE, (char) => {
    switch (char) {
      case "\n":
        return "\\n";
      case "\r":
        return "\\r";
      case "	":
        return "\\t";
      default:
        return escapeCodePoint(char);
    }
  });
}
function escapeCodePoint(char) {
  const code = char.codePointAt(0);
  return code > 65535 ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
function preview(value, limit) {
  if (value === void 0) return "undefined";
  const out = [];
  let length = 0;
  const emit = (text) => {
    out.push(text);
    length += text.length;
    return length < limit;
  };
  const write = (item, depth) => {
    if (item === null || item === void 0 || typeof item === "function" || typeof item === "symbol") return emit("null");
    if (typeof item === "string") return emit(JSON.stringify(item.length > limit ? item.slice(0, limit) : item));
    if (typeof item === "number") return emit(Number.isFinite(item) ? JSON.stringify(item) : String(item));
    if (typeof item === "bigint" || typeof item === "boolean") return emit(String(item));
    if (item instanceof Date) return emit(JSON.stringify(item));
    if (depth >= PREVIEW_DEPTH) return emit(Array.isArray(item) ? "[…]" : "{…}");
    if (Array.isArray(item)) {
      if (!emit("[")) return false;
      for (let i = 0; i < item.length; i++) {
        if (i > 0 && !emit(",") || !write(item[i], depth + 1)) return false;
      }
      return emit("]");
    }
    if (!emit("{")) return false;
    let first = true;
    for (const key in item) {
      if (!Object.hasOwn(item, key)) continue;
      const child = item[key];
      if (child === void 0 || typeof child === "function" || typeof child === "symbol") continue;
      if (!first && !emit(",") || !emit(`${JSON.stringify(key.length > limit ? key.slice(0, limit) : key)}:`)) return false;
      first = false;
      if (!write(child, depth + 1)) return false;
    }
    return emit("}");
  };
  write(value, 0);
  return out.join("");
}
function closest(word, candidates) {
  let best;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  const lowerWord = word.toLowerCase();
  for (const candidate of candidates) {
    const lengths = Math.abs(word.length - candidate.length);
    if (lengths > MAX_LENGTH_DIFFERENCE || lengths >= bestDistance) continue;
    const distance = editDistance(lowerWord, candidate.toLowerCase(), bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
function editDistance(a, b, bound) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (current[j] < rowMin) rowMin = current[j];
    }
    if (rowMin >= bound) return bound;
    previous = current;
  }
  return previous[b.length];
}
var MAX_ECHO_LENGTH, INVISIBLE, PREVIEW_DEPTH, MAX_LENGTH_DIFFERENCE;
var init_text = __esm({
  "src/text.ts"() {
    "use strict";
    MAX_ECHO_LENGTH = 80;
    INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;
    PREVIEW_DEPTH = 32;
    MAX_LENGTH_DIFFERENCE = 10;
  }
});

// src/errors.ts
function describeFsError(error2) {
  const code = error2?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ELOOP":
      return "too many levels of symbolic links";
    case "ENOTDIR":
      return "a part of the path is not a directory";
    case "ENAMETOOLONG":
      return "the path is too long";
    case "EIO":
      return "input/output error";
    case "EMFILE":
    case "ENFILE":
      return "too many open files";
    default:
      return sanitize(code ?? error2?.message ?? String(error2));
  }
}
function describeFileType(stats) {
  if (stats.isDirectory()) return "a folder";
  if (stats.isFIFO()) return "a named pipe (FIFO), not a regular file";
  if (stats.isSocket()) return "a socket, not a regular file";
  if (stats.isCharacterDevice()) return "a character device, not a regular file";
  if (stats.isBlockDevice()) return "a block device, not a regular file";
  if (stats.isSymbolicLink()) return "a symbolic link";
  return "not a regular file";
}
function describeCrash(error2) {
  const text = error2 instanceof Error ? `${error2.name}: ${error2.message}` : `thrown ${typeof error2 === "string" ? error2 : Object.prototype.toString.call(error2)}`;
  return echo(text.split("\n")[0] ?? text, 300);
}
var UsageError;
var init_errors = __esm({
  "src/errors.ts"() {
    "use strict";
    init_text();
    UsageError = class extends Error {
      name = "UsageError";
    };
  }
});

// node_modules/ipaddr.js/lib/ipaddr.js
var require_ipaddr = __commonJS({
  "node_modules/ipaddr.js/lib/ipaddr.js"(exports, module) {
    (function(root) {
      "use strict";
      const ipv4Part = "(0?\\d+|0x[a-f0-9]+)";
      const ipv4Regexes = {
        fourOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, "i"),
        threeOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, "i"),
        twoOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}$`, "i"),
        longValue: new RegExp(`^${ipv4Part}$`, "i")
      };
      const octalRegex = new RegExp(`^0[0-7]+$`, "i");
      const hexRegex = new RegExp(`^0x[a-f0-9]+$`, "i");
      const zoneIndex = "%[0-9a-z]{1,}";
      const ipv6Part = "(?:[0-9a-f]+::?)+";
      const ipv6Regexes = {
        zoneIndex: new RegExp(zoneIndex, "i"),
        "native": new RegExp(`^(::)?(${ipv6Part})?([0-9a-f]+)?(::)?(${zoneIndex})?$`, "i"),
        deprecatedTransitional: new RegExp(`^(?:::)(${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?)$`, "i"),
        transitional: new RegExp(`^((?:${ipv6Part})|(?:::)(?:${ipv6Part})?)${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?$`, "i")
      };
      function expandIPv6(string3, parts) {
        if (string3.indexOf("::") !== string3.lastIndexOf("::")) {
          return null;
        }
        let colonCount = 0;
        let lastColon = -1;
        let zoneId = (string3.match(ipv6Regexes.zoneIndex) || [])[0];
        let replacement, replacementCount;
        if (zoneId) {
          zoneId = zoneId.substring(1);
          string3 = string3.replace(/%.+$/, "");
        }
        while ((lastColon = string3.indexOf(":", lastColon + 1)) >= 0) {
          colonCount++;
        }
        if (string3.substr(0, 2) === "::") {
          colonCount--;
        }
        if (string3.substr(-2, 2) === "::") {
          colonCount--;
        }
        if (colonCount >= parts) {
          return null;
        }
        replacementCount = parts - colonCount;
        replacement = ":";
        while (replacementCount--) {
          replacement += "0:";
        }
        string3 = string3.replace("::", replacement);
        if (string3[0] === ":") {
          string3 = string3.slice(1);
        }
        if (string3[string3.length - 1] === ":") {
          string3 = string3.slice(0, -1);
        }
        parts = (function() {
          const ref = string3.split(":");
          const results = [];
          for (let i = 0; i < ref.length; i++) {
            results.push(ref[i].length > 4 ? NaN : parseInt(ref[i], 16));
          }
          return results;
        })();
        return {
          parts,
          zoneId
        };
      }
      function matchCIDR(first, second, partSize, cidrBits) {
        if (first.length !== second.length) {
          throw new Error("ipaddr: cannot match CIDR for objects with different lengths");
        }
        let part = 0;
        let shift;
        while (cidrBits > 0) {
          shift = partSize - cidrBits;
          if (shift < 0) {
            shift = 0;
          }
          if (first[part] >> shift !== second[part] >> shift) {
            return false;
          }
          cidrBits -= partSize;
          part += 1;
        }
        return true;
      }
      function parseIntAuto(string3) {
        if (hexRegex.test(string3)) {
          return parseInt(string3, 16);
        }
        if (string3[0] === "0" && !isNaN(parseInt(string3[1], 10))) {
          if (octalRegex.test(string3)) {
            return parseInt(string3, 8);
          }
          throw new Error(`ipaddr: cannot parse ${string3} as octal`);
        }
        return parseInt(string3, 10);
      }
      function padPart(part, length) {
        while (part.length < length) {
          part = `0${part}`;
        }
        return part;
      }
      const ipaddr2 = {};
      ipaddr2.IPv4 = (function() {
        function IPv4(octets) {
          if (octets.length !== 4) {
            throw new Error("ipaddr: ipv4 octet count should be 4");
          }
          let i, octet;
          for (i = 0; i < octets.length; i++) {
            octet = octets[i];
            if (!(0 <= octet && octet <= 255)) {
              throw new Error("ipaddr: ipv4 octet should fit in 8 bits");
            }
          }
          this.octets = octets;
        }
        IPv4.prototype.SpecialRanges = {
          unspecified: [[new IPv4([0, 0, 0, 0]), 8]],
          broadcast: [[new IPv4([255, 255, 255, 255]), 32]],
          // RFC3171
          multicast: [[new IPv4([224, 0, 0, 0]), 4]],
          // RFC3927
          linkLocal: [[new IPv4([169, 254, 0, 0]), 16]],
          // RFC5735
          loopback: [[new IPv4([127, 0, 0, 0]), 8]],
          // RFC6598
          carrierGradeNat: [[new IPv4([100, 64, 0, 0]), 10]],
          // RFC1918
          "private": [
            [new IPv4([10, 0, 0, 0]), 8],
            [new IPv4([172, 16, 0, 0]), 12],
            [new IPv4([192, 168, 0, 0]), 16]
          ],
          // Reserved and testing-only ranges; RFCs 5735, 5737, 2544, 1700
          reserved: [
            [new IPv4([192, 0, 0, 0]), 24],
            [new IPv4([192, 0, 2, 0]), 24],
            [new IPv4([192, 88, 99, 0]), 24],
            [new IPv4([198, 18, 0, 0]), 15],
            [new IPv4([198, 51, 100, 0]), 24],
            [new IPv4([203, 0, 113, 0]), 24],
            [new IPv4([240, 0, 0, 0]), 4]
          ],
          // RFC7534, RFC7535
          as112: [
            [new IPv4([192, 175, 48, 0]), 24],
            [new IPv4([192, 31, 196, 0]), 24]
          ],
          // RFC7450
          amt: [
            [new IPv4([192, 52, 193, 0]), 24]
          ]
        };
        IPv4.prototype.kind = function() {
          return "ipv4";
        };
        IPv4.prototype.match = function(other, cidrRange) {
          let ref;
          if (cidrRange === void 0) {
            ref = other;
            other = ref[0];
            cidrRange = ref[1];
          }
          if (other.kind() !== "ipv4") {
            throw new Error("ipaddr: cannot match ipv4 address with non-ipv4 one");
          }
          return matchCIDR(this.octets, other.octets, 8, cidrRange);
        };
        IPv4.prototype.prefixLengthFromSubnetMask = function() {
          let cidr = 0;
          let stop = false;
          const zerotable = {
            0: 8,
            128: 7,
            192: 6,
            224: 5,
            240: 4,
            248: 3,
            252: 2,
            254: 1,
            255: 0
          };
          let i, octet, zeros;
          for (i = 3; i >= 0; i -= 1) {
            octet = this.octets[i];
            if (octet in zerotable) {
              zeros = zerotable[octet];
              if (stop && zeros !== 0) {
                return null;
              }
              if (zeros !== 8) {
                stop = true;
              }
              cidr += zeros;
            } else {
              return null;
            }
          }
          return 32 - cidr;
        };
        IPv4.prototype.range = function() {
          return ipaddr2.subnetMatch(this, this.SpecialRanges);
        };
        IPv4.prototype.toByteArray = function() {
          return this.octets.slice(0);
        };
        IPv4.prototype.toIPv4MappedAddress = function() {
          return ipaddr2.IPv6.parse(`::ffff:${this.toString()}`);
        };
        IPv4.prototype.toNormalizedString = function() {
          return this.toString();
        };
        IPv4.prototype.toString = function() {
          return this.octets.join(".");
        };
        return IPv4;
      })();
      ipaddr2.IPv4.broadcastAddressFromCIDR = function(string3) {
        try {
          const cidr = this.parseCIDR(string3);
          const ipInterfaceOctets = cidr[0].toByteArray();
          const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          const octets = [];
          let i = 0;
          while (i < 4) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv4 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv4.isIPv4 = function(string3) {
        return this.parser(string3) !== null;
      };
      ipaddr2.IPv4.isValid = function(string3) {
        try {
          new this(this.parser(string3));
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv4.isValidCIDR = function(string3) {
        try {
          this.parseCIDR(string3);
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv4.isValidFourPartDecimal = function(string3) {
        if (ipaddr2.IPv4.isValid(string3) && string3.match(/^(0|[1-9]\d*)(\.(0|[1-9]\d*)){3}$/)) {
          return true;
        } else {
          return false;
        }
      };
      ipaddr2.IPv4.isValidCIDRFourPartDecimal = function(string3) {
        const match = string3.match(/^(.+)\/(\d+)$/);
        if (!ipaddr2.IPv4.isValidCIDR(string3) || !match) {
          return false;
        }
        return ipaddr2.IPv4.isValidFourPartDecimal(match[1]);
      };
      ipaddr2.IPv4.networkAddressFromCIDR = function(string3) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;
        try {
          cidr = this.parseCIDR(string3);
          ipInterfaceOctets = cidr[0].toByteArray();
          subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          octets = [];
          i = 0;
          while (i < 4) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv4 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv4.parse = function(string3) {
        const parts = this.parser(string3);
        if (parts === null) {
          throw new Error("ipaddr: string is not formatted like an IPv4 Address");
        }
        return new this(parts);
      };
      ipaddr2.IPv4.parseCIDR = function(string3) {
        let match;
        if (match = string3.match(/^(.+)\/(\d+)$/)) {
          const maskLength = parseInt(match[2]);
          if (maskLength >= 0 && maskLength <= 32) {
            const parsed = [this.parse(match[1]), maskLength];
            Object.defineProperty(parsed, "toString", {
              value: function() {
                return this.join("/");
              }
            });
            return parsed;
          }
        }
        throw new Error("ipaddr: string is not formatted like an IPv4 CIDR range");
      };
      ipaddr2.IPv4.parser = function(string3) {
        let match, part, value;
        if (match = string3.match(ipv4Regexes.fourOctet)) {
          return (function() {
            const ref = match.slice(1, 6);
            const results = [];
            for (let i = 0; i < ref.length; i++) {
              part = ref[i];
              results.push(parseIntAuto(part));
            }
            return results;
          })();
        } else if (match = string3.match(ipv4Regexes.longValue)) {
          value = parseIntAuto(match[1]);
          if (value > 4294967295 || value < 0) {
            throw new Error("ipaddr: address outside defined range");
          }
          return (function() {
            const results = [];
            let shift;
            for (shift = 0; shift <= 24; shift += 8) {
              results.push(value >> shift & 255);
            }
            return results;
          })().reverse();
        } else if (match = string3.match(ipv4Regexes.twoOctet)) {
          return (function() {
            const ref = match.slice(1, 4);
            const results = [];
            value = parseIntAuto(ref[1]);
            if (value > 16777215 || value < 0) {
              throw new Error("ipaddr: address outside defined range");
            }
            results.push(parseIntAuto(ref[0]));
            results.push(value >> 16 & 255);
            results.push(value >> 8 & 255);
            results.push(value & 255);
            return results;
          })();
        } else if (match = string3.match(ipv4Regexes.threeOctet)) {
          return (function() {
            const ref = match.slice(1, 5);
            const results = [];
            value = parseIntAuto(ref[2]);
            if (value > 65535 || value < 0) {
              throw new Error("ipaddr: address outside defined range");
            }
            results.push(parseIntAuto(ref[0]));
            results.push(parseIntAuto(ref[1]));
            results.push(value >> 8 & 255);
            results.push(value & 255);
            return results;
          })();
        } else {
          return null;
        }
      };
      ipaddr2.IPv4.subnetMaskFromPrefixLength = function(prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 32) {
          throw new Error("ipaddr: invalid IPv4 prefix length");
        }
        const octets = [0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);
        while (j < filledOctetCount) {
          octets[j] = 255;
          j++;
        }
        if (filledOctetCount < 4) {
          octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - prefix % 8;
        }
        return new this(octets);
      };
      ipaddr2.IPv6 = (function() {
        function IPv6(parts, zoneId) {
          let i, part;
          if (parts.length === 16) {
            this.parts = [];
            for (i = 0; i <= 14; i += 2) {
              this.parts.push(parts[i] << 8 | parts[i + 1]);
            }
          } else if (parts.length === 8) {
            this.parts = parts;
          } else {
            throw new Error("ipaddr: ipv6 part count should be 8 or 16");
          }
          for (i = 0; i < this.parts.length; i++) {
            part = this.parts[i];
            if (!(0 <= part && part <= 65535)) {
              throw new Error("ipaddr: ipv6 part should fit in 16 bits");
            }
          }
          if (zoneId) {
            this.zoneId = zoneId;
          }
        }
        IPv6.prototype.SpecialRanges = {
          // RFC4291, here and after
          unspecified: [new IPv6([0, 0, 0, 0, 0, 0, 0, 0]), 128],
          linkLocal: [new IPv6([65152, 0, 0, 0, 0, 0, 0, 0]), 10],
          multicast: [new IPv6([65280, 0, 0, 0, 0, 0, 0, 0]), 8],
          loopback: [new IPv6([0, 0, 0, 0, 0, 0, 0, 1]), 128],
          uniqueLocal: [new IPv6([64512, 0, 0, 0, 0, 0, 0, 0]), 7],
          ipv4Mapped: [new IPv6([0, 0, 0, 0, 0, 65535, 0, 0]), 96],
          // RFC3879
          deprecatedSiteLocal: [new IPv6([65216, 0, 0, 0, 0, 0, 0, 0]), 10],
          // RFC6666
          discard: [new IPv6([256, 0, 0, 0, 0, 0, 0, 0]), 64],
          // RFC6145
          rfc6145: [new IPv6([0, 0, 0, 0, 65535, 0, 0, 0]), 96],
          rfc6052: [
            // RFC6052
            [new IPv6([100, 65435, 0, 0, 0, 0, 0, 0]), 96],
            // RFC8215
            [new IPv6([100, 65435, 1, 0, 0, 0, 0, 0]), 48]
          ],
          // RFC3056
          "6to4": [new IPv6([8194, 0, 0, 0, 0, 0, 0, 0]), 16],
          // RFC6052, RFC6146
          teredo: [new IPv6([8193, 0, 0, 0, 0, 0, 0, 0]), 32],
          // RFC5180
          benchmarking: [new IPv6([8193, 2, 0, 0, 0, 0, 0, 0]), 48],
          // RFC7450
          amt: [new IPv6([8193, 3, 0, 0, 0, 0, 0, 0]), 32],
          as112v6: [
            // RFC7535
            [new IPv6([8193, 4, 274, 0, 0, 0, 0, 0]), 48],
            // RFC7534
            [new IPv6([9760, 79, 32768, 0, 0, 0, 0, 0]), 48]
          ],
          // RFC4843
          deprecatedOrchid: [new IPv6([8193, 16, 0, 0, 0, 0, 0, 0]), 28],
          // RFC7343
          orchid2: [new IPv6([8193, 32, 0, 0, 0, 0, 0, 0]), 28],
          // RFC9374
          droneRemoteIdProtocolEntityTags: [new IPv6([8193, 48, 0, 0, 0, 0, 0, 0]), 28],
          // RFC9602
          segmentRouting: [new IPv6([24320, 0, 0, 0, 0, 0, 0, 0]), 16],
          reserved: [
            // RFC3849
            [new IPv6([8193, 0, 0, 0, 0, 0, 0, 0]), 23],
            // RFC2928
            [new IPv6([8193, 3512, 0, 0, 0, 0, 0, 0]), 32],
            // RFC9637
            [new IPv6([16383, 0, 0, 0, 0, 0, 0, 0]), 20]
          ]
        };
        IPv6.prototype.isIPv4MappedAddress = function() {
          return this.range() === "ipv4Mapped";
        };
        IPv6.prototype.kind = function() {
          return "ipv6";
        };
        IPv6.prototype.match = function(other, cidrRange) {
          let ref;
          if (cidrRange === void 0) {
            ref = other;
            other = ref[0];
            cidrRange = ref[1];
          }
          if (other.kind() !== "ipv6") {
            throw new Error("ipaddr: cannot match ipv6 address with non-ipv6 one");
          }
          return matchCIDR(this.parts, other.parts, 16, cidrRange);
        };
        IPv6.prototype.prefixLengthFromSubnetMask = function() {
          let cidr = 0;
          let stop = false;
          const zerotable = {
            0: 16,
            32768: 15,
            49152: 14,
            57344: 13,
            61440: 12,
            63488: 11,
            64512: 10,
            65024: 9,
            65280: 8,
            65408: 7,
            65472: 6,
            65504: 5,
            65520: 4,
            65528: 3,
            65532: 2,
            65534: 1,
            65535: 0
          };
          let part, zeros;
          for (let i = 7; i >= 0; i -= 1) {
            part = this.parts[i];
            if (part in zerotable) {
              zeros = zerotable[part];
              if (stop && zeros !== 0) {
                return null;
              }
              if (zeros !== 16) {
                stop = true;
              }
              cidr += zeros;
            } else {
              return null;
            }
          }
          return 128 - cidr;
        };
        IPv6.prototype.range = function() {
          return ipaddr2.subnetMatch(this, this.SpecialRanges);
        };
        IPv6.prototype.toByteArray = function() {
          let part;
          const bytes = [];
          const ref = this.parts;
          for (let i = 0; i < ref.length; i++) {
            part = ref[i];
            bytes.push(part >> 8);
            bytes.push(part & 255);
          }
          return bytes;
        };
        IPv6.prototype.toFixedLengthString = function() {
          const addr = (function() {
            const results = [];
            for (let i = 0; i < this.parts.length; i++) {
              results.push(padPart(this.parts[i].toString(16), 4));
            }
            return results;
          }).call(this).join(":");
          let suffix = "";
          if (this.zoneId) {
            suffix = `%${this.zoneId}`;
          }
          return addr + suffix;
        };
        IPv6.prototype.toIPv4Address = function() {
          if (!this.isIPv4MappedAddress()) {
            throw new Error("ipaddr: trying to convert a generic ipv6 address to ipv4");
          }
          const ref = this.parts.slice(-2);
          const high = ref[0];
          const low = ref[1];
          return new ipaddr2.IPv4([high >> 8, high & 255, low >> 8, low & 255]);
        };
        IPv6.prototype.toNormalizedString = function() {
          const addr = (function() {
            const results = [];
            for (let i = 0; i < this.parts.length; i++) {
              results.push(this.parts[i].toString(16));
            }
            return results;
          }).call(this).join(":");
          let suffix = "";
          if (this.zoneId) {
            suffix = `%${this.zoneId}`;
          }
          return addr + suffix;
        };
        IPv6.prototype.toRFC5952String = function() {
          const regex = /((^|:)(0(:|$)){2,})/g;
          let suffix = "";
          if (this.zoneId) {
            suffix = `%${this.zoneId}`;
          }
          const normalized = this.toNormalizedString();
          const string3 = normalized.slice(0, normalized.length - suffix.length);
          let bestMatchIndex = 0;
          let bestMatchLength = -1;
          let bestMatchGroups = -1;
          let match;
          while (match = regex.exec(string3)) {
            const groups = (match[0].match(/0/g) || []).length;
            if (groups > bestMatchGroups) {
              bestMatchGroups = groups;
              bestMatchIndex = match.index;
              bestMatchLength = match[0].length;
            }
          }
          if (bestMatchLength < 0) {
            return string3 + suffix;
          }
          return `${string3.substring(0, bestMatchIndex)}::${string3.substring(bestMatchIndex + bestMatchLength)}${suffix}`;
        };
        IPv6.prototype.toString = function() {
          return this.toRFC5952String();
        };
        return IPv6;
      })();
      ipaddr2.IPv6.broadcastAddressFromCIDR = function(string3) {
        try {
          const cidr = this.parseCIDR(string3);
          const ipInterfaceOctets = cidr[0].toByteArray();
          const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          const octets = [];
          let i = 0;
          while (i < 16) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv6 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv6.isIPv6 = function(string3) {
        return this.parser(string3) !== null;
      };
      ipaddr2.IPv6.isValid = function(string3) {
        if (typeof string3 === "string" && string3.indexOf(":") === -1) {
          return false;
        }
        try {
          const addr = this.parser(string3);
          new this(addr.parts, addr.zoneId);
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv6.isValidCIDR = function(string3) {
        if (typeof string3 === "string" && string3.indexOf(":") === -1) {
          return false;
        }
        try {
          this.parseCIDR(string3);
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv6.networkAddressFromCIDR = function(string3) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;
        try {
          cidr = this.parseCIDR(string3);
          ipInterfaceOctets = cidr[0].toByteArray();
          subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          octets = [];
          i = 0;
          while (i < 16) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv6 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv6.parse = function(string3) {
        const addr = this.parser(string3);
        if (addr === null) {
          throw new Error("ipaddr: string is not formatted like an IPv6 Address");
        }
        return new this(addr.parts, addr.zoneId);
      };
      ipaddr2.IPv6.parseCIDR = function(string3) {
        let maskLength, match, parsed;
        if (match = string3.match(/^(.+)\/(\d+)$/)) {
          maskLength = parseInt(match[2]);
          if (maskLength >= 0 && maskLength <= 128) {
            parsed = [this.parse(match[1]), maskLength];
            Object.defineProperty(parsed, "toString", {
              value: function() {
                return this.join("/");
              }
            });
            return parsed;
          }
        }
        throw new Error("ipaddr: string is not formatted like an IPv6 CIDR range");
      };
      ipaddr2.IPv6.parser = function(string3) {
        let addr, i, match, octet, octets, zoneId;
        if (match = string3.match(ipv6Regexes.deprecatedTransitional)) {
          return this.parser(`::ffff:${match[1]}`);
        }
        if (ipv6Regexes.native.test(string3)) {
          return expandIPv6(string3, 8);
        }
        if (match = string3.match(ipv6Regexes.transitional)) {
          zoneId = match[6] || "";
          addr = match[1];
          if (!match[1].endsWith("::")) {
            addr = addr.slice(0, -1);
          }
          addr = expandIPv6(addr + zoneId, 6);
          if (addr && addr.parts) {
            octets = [
              parseInt(match[2]),
              parseInt(match[3]),
              parseInt(match[4]),
              parseInt(match[5])
            ];
            for (i = 0; i < octets.length; i++) {
              octet = octets[i];
              if (!(0 <= octet && octet <= 255)) {
                return null;
              }
            }
            addr.parts.push(octets[0] << 8 | octets[1]);
            addr.parts.push(octets[2] << 8 | octets[3]);
            return {
              parts: addr.parts,
              zoneId: addr.zoneId
            };
          }
        }
        return null;
      };
      ipaddr2.IPv6.subnetMaskFromPrefixLength = function(prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 128) {
          throw new Error("ipaddr: invalid IPv6 prefix length");
        }
        const octets = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);
        while (j < filledOctetCount) {
          octets[j] = 255;
          j++;
        }
        if (filledOctetCount < 16) {
          octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - prefix % 8;
        }
        return new this(octets);
      };
      ipaddr2.fromByteArray = function(bytes) {
        const length = bytes.length;
        if (length === 4) {
          return new ipaddr2.IPv4(bytes);
        } else if (length === 16) {
          return new ipaddr2.IPv6(bytes);
        } else {
          throw new Error("ipaddr: the binary input is neither an IPv6 nor IPv4 address");
        }
      };
      ipaddr2.isValid = function(string3) {
        return ipaddr2.IPv6.isValid(string3) || ipaddr2.IPv4.isValid(string3);
      };
      ipaddr2.isValidCIDR = function(string3) {
        return ipaddr2.IPv6.isValidCIDR(string3) || ipaddr2.IPv4.isValidCIDR(string3);
      };
      ipaddr2.parse = function(string3) {
        if (ipaddr2.IPv6.isValid(string3)) {
          return ipaddr2.IPv6.parse(string3);
        } else if (ipaddr2.IPv4.isValid(string3)) {
          return ipaddr2.IPv4.parse(string3);
        } else {
          throw new Error("ipaddr: the address has neither IPv6 nor IPv4 format");
        }
      };
      ipaddr2.parseCIDR = function(string3) {
        try {
          return ipaddr2.IPv6.parseCIDR(string3);
        } catch {
          try {
            return ipaddr2.IPv4.parseCIDR(string3);
          } catch (e) {
            throw new Error("ipaddr: the address has neither IPv6 nor IPv4 CIDR format", { cause: e });
          }
        }
      };
      ipaddr2.process = function(string3) {
        const addr = this.parse(string3);
        if (addr.kind() === "ipv6" && addr.isIPv4MappedAddress()) {
          return addr.toIPv4Address();
        } else {
          return addr;
        }
      };
      ipaddr2.subnetMatch = function(address, rangeList, defaultName) {
        let i, rangeName, rangeSubnets, subnet;
        if (defaultName === void 0 || defaultName === null) {
          defaultName = "unicast";
        }
        for (rangeName in rangeList) {
          if (Object.prototype.hasOwnProperty.call(rangeList, rangeName)) {
            rangeSubnets = rangeList[rangeName];
            if (rangeSubnets[0] && !(rangeSubnets[0] instanceof Array)) {
              rangeSubnets = [rangeSubnets];
            }
            for (i = 0; i < rangeSubnets.length; i++) {
              subnet = rangeSubnets[i];
              if (address.kind() === subnet[0].kind() && address.match.apply(address, subnet)) {
                return rangeName;
              }
            }
          }
        }
        return defaultName;
      };
      if (typeof module !== "undefined" && module.exports) {
        module.exports = ipaddr2;
      } else {
        root.ipaddr = ipaddr2;
      }
    })(exports);
  }
});

// src/net/cidr.ts
function parseCidr(text) {
  const trimmed = text.trim();
  if (trimmed !== text || text === "") return { ok: false, reason: "not a CIDR" };
  const slash = text.indexOf("/");
  const addressText = slash === -1 ? text : text.slice(0, slash);
  const prefixText = slash === -1 ? void 0 : text.slice(slash + 1);
  let bytes;
  let family;
  const quad = DOTTED_QUAD.exec(addressText);
  if (quad) {
    bytes = [Number(quad[1]), Number(quad[2]), Number(quad[3]), Number(quad[4])];
    if (bytes.some((octet) => octet > 255)) return { ok: false, reason: "not a valid IP address" };
    family = 4;
  } else if (!ADDRESS_CHARACTERS.test(addressText)) {
    return { ok: false, reason: `${addressText === "" ? "the address is empty" : "not a valid IP address"}` };
  } else if (import_ipaddr.default.IPv4.isValidFourPartDecimal(addressText)) {
    family = 4;
    bytes = import_ipaddr.default.IPv4.parse(addressText).toByteArray();
  } else if (!addressText.includes("%") && import_ipaddr.default.IPv6.isValid(addressText)) {
    family = 6;
    bytes = import_ipaddr.default.IPv6.parse(addressText).toByteArray();
  } else {
    return { ok: false, reason: `${addressText === "" ? "the address is empty" : "not a valid IP address"}` };
  }
  const bits = family === 4 ? 32 : 128;
  let prefixLength = bits;
  if (prefixText !== void 0) {
    if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > bits) {
      return { ok: false, reason: `the prefix length must be a number from 0 to ${bits}` };
    }
    prefixLength = Number(prefixText);
  }
  const address = family === 4 ? BigInt(bytes[0] * 16777216 + bytes[1] * 65536 + bytes[2] * 256 + bytes[3]) : bytesToBigInt(bytes);
  const hostBits = BigInt(bits - prefixLength);
  const first = address >> hostBits << hostBits;
  const last = first + (1n << hostBits) - 1n;
  return {
    ok: true,
    cidr: { family, prefixLength, first, last, canonical: `${formatAddress(first, family)}/${prefixLength}` },
    hostBitsSet: first !== address
  };
}
function overlaps(a, b) {
  return a.family === b.family && a.first <= b.last && b.first <= a.last;
}
function bytesToBigInt(bytes) {
  let value = 0n;
  for (const byte of bytes) value = value << 8n | BigInt(byte);
  return value;
}
function formatAddress(value, family) {
  if (family === 4) {
    const n = Number(value);
    return `${n >>> 24 & 255}.${n >>> 16 & 255}.${n >>> 8 & 255}.${n & 255}`;
  }
  const bytes = [];
  for (let i = 15; i >= 0; i--) bytes.push(Number(value >> BigInt(i * 8) & 0xffn));
  return import_ipaddr.default.fromByteArray(bytes).toRFC5952String();
}
var import_ipaddr, ADDRESS_CHARACTERS, DOTTED_QUAD;
var init_cidr = __esm({
  "src/net/cidr.ts"() {
    "use strict";
    import_ipaddr = __toESM(require_ipaddr(), 1);
    ADDRESS_CHARACTERS = /^[0-9A-Fa-f:.]+$/;
    DOTTED_QUAD = /^(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})$/;
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP2 = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ2 = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === ALIAS;
    var isDocument = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === DOC;
    var isMap4 = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === MAP2;
    var isPair2 = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === PAIR;
    var isScalar4 = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === SCALAR;
    var isSeq4 = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === SEQ2;
    function isCollection(node2) {
      if (node2 && typeof node2 === "object")
        switch (node2[NODE_TYPE]) {
          case MAP2:
          case SEQ2:
            return true;
        }
      return false;
    }
    function isNode(node2) {
      if (node2 && typeof node2 === "object")
        switch (node2[NODE_TYPE]) {
          case ALIAS:
          case MAP2:
          case SCALAR:
          case SEQ2:
            return true;
        }
      return false;
    }
    var hasAnchor = (node2) => (isScalar4(node2) || isCollection(node2)) && !!node2.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP2;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ2;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap4;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar4;
    exports.isSeq = isSeq4;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node2, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity2.isDocument(node2)) {
        const cd = visit_(null, node2.contents, visitor_, Object.freeze([node2]));
        if (cd === REMOVE)
          node2.contents = null;
      } else
        visit_(null, node2, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node2, visitor, path19) {
      const ctrl = callVisitor(key, node2, visitor, path19);
      if (identity2.isNode(ctrl) || identity2.isPair(ctrl)) {
        replaceNode(key, path19, ctrl);
        return visit_(key, ctrl, visitor, path19);
      }
      if (typeof ctrl !== "symbol") {
        if (identity2.isCollection(node2)) {
          path19 = Object.freeze(path19.concat(node2));
          for (let i = 0; i < node2.items.length; ++i) {
            const ci = visit_(i, node2.items[i], visitor, path19);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node2.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity2.isPair(node2)) {
          path19 = Object.freeze(path19.concat(node2));
          const ck = visit_("key", node2.key, visitor, path19);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node2.key = null;
          const cv = visit_("value", node2.value, visitor, path19);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node2.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node2, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity2.isDocument(node2)) {
        const cd = await visitAsync_(null, node2.contents, visitor_, Object.freeze([node2]));
        if (cd === REMOVE)
          node2.contents = null;
      } else
        await visitAsync_(null, node2, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node2, visitor, path19) {
      const ctrl = await callVisitor(key, node2, visitor, path19);
      if (identity2.isNode(ctrl) || identity2.isPair(ctrl)) {
        replaceNode(key, path19, ctrl);
        return visitAsync_(key, ctrl, visitor, path19);
      }
      if (typeof ctrl !== "symbol") {
        if (identity2.isCollection(node2)) {
          path19 = Object.freeze(path19.concat(node2));
          for (let i = 0; i < node2.items.length; ++i) {
            const ci = await visitAsync_(i, node2.items[i], visitor, path19);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node2.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity2.isPair(node2)) {
          path19 = Object.freeze(path19.concat(node2));
          const ck = await visitAsync_("key", node2.key, visitor, path19);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node2.key = null;
          const cv = await visitAsync_("value", node2.value, visitor, path19);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node2.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node2, visitor, path19) {
      if (typeof visitor === "function")
        return visitor(key, node2, path19);
      if (identity2.isMap(node2))
        return visitor.Map?.(key, node2, path19);
      if (identity2.isSeq(node2))
        return visitor.Seq?.(key, node2, path19);
      if (identity2.isPair(node2))
        return visitor.Pair?.(key, node2, path19);
      if (identity2.isScalar(node2))
        return visitor.Scalar?.(key, node2, path19);
      if (identity2.isAlias(node2))
        return visitor.Alias?.(key, node2, path19);
      return void 0;
    }
    function replaceNode(key, path19, node2) {
      const parent = path19[path19.length - 1];
      if (identity2.isCollection(parent)) {
        parent.items[key] = node2;
      } else if (identity2.isPair(parent)) {
        if (key === "key")
          parent.key = node2;
        else
          parent.value = node2;
      } else if (identity2.isDocument(parent)) {
        parent.contents = node2;
      } else {
        const pt = identity2.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version2] = parts;
            if (version2 === "1.1" || version2 === "1.2") {
              this.yaml.version = version2;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version2);
              onError(6, `Unsupported YAML version ${version2}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error2) {
            onError(String(error2));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity2.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node2) => {
            if (identity2.isNode(node2) && node2.tag)
              tags[node2.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor2) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor2)) {
        const sa = JSON.stringify(anchor2);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node2) {
          if (node2.anchor)
            anchors.add(node2.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor2 = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor2);
          return anchor2;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity2.isScalar(ref.node) || identity2.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error2 = new Error("Failed to resolve repeated object (this should not happen)");
              error2.source = source;
              throw error2;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity2.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity2 = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity2.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity2.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity2 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity2.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node2) => {
              if (identity2.isAlias(node2) || identity2.hasAnchor(node2))
                nodes.push(node2);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node2 of nodes) {
          if (node2 === this)
            break;
          if (node2.anchor === this.source)
            found = node2;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node2, anchors2) {
      if (identity2.isAlias(node2)) {
        const source = node2.resolve(doc);
        const anchor2 = anchors2 && source && anchors2.get(source);
        return anchor2 ? anchor2.count * anchor2.aliasCount : 0;
      } else if (identity2.isCollection(node2)) {
        let count = 0;
        for (const item of node2.items) {
          const c2 = getAliasCount(doc, item, anchors2);
          if (c2 > count)
            count = c2;
        }
        return count;
      } else if (identity2.isPair(node2)) {
        const kc = getAliasCount(doc, node2.key, anchors2);
        const vc = getAliasCount(doc, node2.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity2.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity2.isDocument(value))
        value = value.contents;
      if (identity2.isNode(value))
        return value;
      if (identity2.isPair(value)) {
        const map = ctx.schema[identity2.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node3 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node3;
          return node3;
        }
        tagObj = value instanceof Map ? schema[identity2.MAP] : Symbol.iterator in Object(value) ? schema[identity2.SEQ] : schema[identity2.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node2 = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node2.tag = tagName;
      else if (!tagObj.default)
        node2.tag = tagObj.tag;
      if (ref)
        ref.node = node2;
      return node2;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity2 = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path19, value) {
      let v = value;
      for (let i = path19.length - 1; i >= 0; --i) {
        const k = path19[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path19) => path19 == null || typeof path19 === "object" && !!path19[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity2.isNode(it) || identity2.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path19, value) {
        if (isEmptyPath(path19))
          this.add(value);
        else {
          const [key, ...rest] = path19;
          const node2 = this.get(key, true);
          if (identity2.isCollection(node2))
            node2.addIn(rest, value);
          else if (node2 === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path19) {
        const [key, ...rest] = path19;
        if (rest.length === 0)
          return this.delete(key);
        const node2 = this.get(key, true);
        if (identity2.isCollection(node2))
          return node2.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path19, keepScalar) {
        const [key, ...rest] = path19;
        const node2 = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity2.isScalar(node2) ? node2.value : node2;
        else
          return identity2.isCollection(node2) ? node2.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node2) => {
          if (!identity2.isPair(node2))
            return false;
          const n = node2.value;
          return n == null || allowScalar && identity2.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path19) {
        const [key, ...rest] = path19;
        if (rest.length === 0)
          return this.has(key);
        const node2 = this.get(key, true);
        return identity2.isCollection(node2) ? node2.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path19, value) {
        const [key, ...rest] = path19;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node2 = this.get(key, true);
          if (identity2.isCollection(node2))
            node2.setIn(rest, value);
          else if (node2 === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity2 = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity2.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node2, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor2 = (identity2.isScalar(node2) || identity2.isCollection(node2)) && node2.anchor;
      if (anchor2 && anchors.anchorIsValid(anchor2)) {
        anchors$1.add(anchor2);
        props.push(`&${anchor2}`);
      }
      const tag = node2.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity2.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity2.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node2 = identity2.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node2));
      const props = stringifyProps(node2, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node2, ctx, onComment, onChompKeep) : identity2.isScalar(node2) ? stringifyString.stringifyString(node2, ctx, onComment, onChompKeep) : node2.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity2.isScalar(node2) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity2.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity2.isCollection(key) || !identity2.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity2.isCollection(key) || (identity2.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity2.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity2.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity2.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity2.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge2.identify(key) || identity2.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity2.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity2.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity2.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge2 = require_merge();
    var stringify = require_stringify();
    var identity2 = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity2.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity2.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node2 of ctx.anchors.keys())
          strCtx.anchors.add(node2.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity2 = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity2.NODE_TYPE, { value: identity2.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity2.isNode(key))
          key = key.clone(schema);
        if (identity2.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity2.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity2.isPair(item)) {
          const ik = identity2.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity2.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity2.isPair(item)) {
          const ik = identity2.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity2.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity2.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity2.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity2.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity2.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity2.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity2.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node2 = it?.value;
        return (!keepScalar && identity2.isScalar(node2) ? node2.value : node2) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity2.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity2.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity2.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity2.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity2.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity2.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity2.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string3 = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string3;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node2) {
        const num = Number(node2.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node2);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node2 = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node2.minFractionDigits = str.length - dot - 1;
        return node2;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node2, radix, prefix) {
      const { value } = node2;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node2);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node2) => intStringify(node2, 8, "0o")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node2) => intStringify(node2, 16, "0x")
    };
    exports.int = int2;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null3 = require_null();
    var seq = require_seq();
    var string3 = require_string();
    var bool = require_bool();
    var float = require_float();
    var int2 = require_int();
    var schema = [
      map.map,
      seq.seq,
      string3.string,
      _null3.nullTag,
      bool.boolTag,
      int2.intOct,
      int2.int,
      int2.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity2.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity2.isPair(item))
            continue;
          else if (identity2.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity2.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity2.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity2.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node2) {
        const num = Number(node2.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node2);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node2 = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node2.minFractionDigits = f.length;
        }
        return node2;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node2, radix, prefix) {
      const { value } = node2;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node2);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node2) => intStringify(node2, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node2) => intStringify(node2, 8, "0")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node2) => intStringify(node2, 16, "0x")
    };
    exports.int = int2;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity2.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity2.isPair(pair) ? identity2.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity2.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node2) {
      let { value } = node2;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node2);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date2 = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date2 -= 6e4 * d;
        }
        return new Date(date2);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null3 = require_null();
    var seq = require_seq();
    var string3 = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int2 = require_int2();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string3.string,
      _null3.nullTag,
      bool.trueTag,
      bool.falseTag,
      int2.intBin,
      int2.intOct,
      int2.int,
      int2.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge2.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null3 = require_null();
    var seq = require_seq();
    var string3 = require_string();
    var bool = require_bool();
    var float = require_float();
    var int2 = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string3.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int2.int,
      intHex: int2.intHex,
      intOct: int2.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge2.merge,
      null: _null3.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string3 = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity2.MAP, { value: map.map });
        Object.defineProperty(this, identity2.SCALAR, { value: string3.string });
        Object.defineProperty(this, identity2.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity2.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity2.NODE_TYPE, { value: identity2.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version: version2 } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version2 = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version: version2 });
        this.setSchema(version2, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity2.NODE_TYPE]: { value: identity2.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity2.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path19, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path19, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node2, name) {
        if (!node2.anchor) {
          const prev = anchors.anchorNames(this);
          node2.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node2.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node2 = createNode.createNode(value, tag, ctx);
        if (flow && identity2.isCollection(node2))
          node2.flow = true;
        setAnchors();
        return node2;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path19) {
        if (Collection.isEmptyPath(path19)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path19) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity2.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path19, keepScalar) {
        if (Collection.isEmptyPath(path19))
          return !keepScalar && identity2.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity2.isCollection(this.contents) ? this.contents.getIn(path19, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity2.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path19) {
        if (Collection.isEmptyPath(path19))
          return this.contents !== void 0;
        return identity2.isCollection(this.contents) ? this.contents.hasIn(path19) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path19, value) {
        if (Collection.isEmptyPath(path19)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path19), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path19, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version2, options = {}) {
        if (typeof version2 === "number")
          version2 = String(version2);
        let opt;
        switch (version2) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version2;
            else
              this.directives = new directives.Directives({ version: version2 });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version2);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity2.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message2) {
        super();
        this.name = name;
        this.code = code;
        this.message = message2;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message2) {
        super("YAMLParseError", pos, code, message2);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message2) {
        super("YAMLWarning", pos, code, message2);
      }
    };
    var prettifyError2 = (src, lc) => (error2) => {
      if (error2.pos[0] === -1)
        return;
      error2.linePos = error2.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error2.linePos[0];
      error2.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "…" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "…";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "…\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error2.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error2.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError2;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor2 = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token2 of tokens) {
        if (reqSpace) {
          if (token2.type !== "space" && token2.type !== "newline" && token2.type !== "comma")
            onError(token2.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token2.type !== "comment" && token2.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token2.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token2.source.includes("	")) {
              tab = token2;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token2, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token2.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token2.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token2.source;
            atNewline = true;
            hasNewline = true;
            if (anchor2 || tag)
              newlineAfterProp = token2;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor2)
              onError(token2, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token2.source.endsWith(":"))
              onError(token2.offset + token2.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor2 = token2;
            start ?? (start = token2.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token2, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token2;
            start ?? (start = token2.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor2 || tag)
              onError(token2, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token2.source} indicator`);
            if (found)
              onError(token2, "UNEXPECTED_TOKEN", `Unexpected ${token2.source} in ${flow ?? "collection"}`);
            found = token2;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token2, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token2;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token2, "UNEXPECTED_TOKEN", `Unexpected ${token2.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor: anchor2,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity2.isScalar(a) && identity2.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node2 = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node2.range[2];
        seq.items.push(node2);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token2 of end) {
          const { source, type } = token2;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token2, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token2, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token2) => token2 && (token2.type === "block-map" || token2.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap4 = fc.start.source === "{";
      const fcName = isMap4 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap4 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap4 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity2.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap4 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap4 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap4) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap4 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token2, onError, tagName, tag) {
      const coll = token2.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token2, onError, tag) : token2.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token2, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token2, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token2, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token2.type === "block-seq") {
        const { anchor: anchor2, newlineAfterProp: nl } = props;
        const lastProp = anchor2 && tagToken ? anchor2.offset > tagToken.offset ? anchor2 : tagToken : anchor2 ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message2 = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message2);
        }
      }
      const expType = token2.type === "block-map" ? "map" : token2.type === "block-seq" ? "seq" : token2.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token2, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token2, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token2, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node2 = identity2.isNode(res) ? res : new Scalar.Scalar(res);
      node2.range = coll.range;
      node2.tag = tagName;
      if (tag?.format)
        node2.format = tag.format;
      return node2;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message2 = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message2);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message2 = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message2);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message2 = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message2);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error2 = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error2 === -1)
            error2 = offset + i;
        }
      }
      if (error2 !== -1)
        onError(error2, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token2 = props[i];
        switch (token2.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token2.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message2 = "Comments must be separated from other tokens by white space characters";
              onError(token2, "MISSING_CHAR", message2);
            }
            length += token2.source.length;
            comment = token2.source.substring(1);
            break;
          case "error":
            onError(token2, "UNEXPECTED_TOKEN", token2.message);
            length += token2.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message2 = `Unexpected token in block scalar header: ${token2.type}`;
            onError(token2, "UNEXPECTED_TOKEN", message2);
            const ts = token2.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "",
      // Unicode next line
      _: " ",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token2, tagToken, onError) {
      const { value, type, comment, range } = token2.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token2, onError) : resolveFlowScalar.resolveFlowScalar(token2, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity2.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token2.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token2, onError);
      else
        tag = ctx.schema[identity2.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token2, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity2.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error2) {
        const msg = error2 instanceof Error ? error2.message : String(error2);
        onError(tagToken ?? token2, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity2.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity2.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token2, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity2.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity2.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token2, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity2 = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token2, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor: anchor2, tag } = props;
      let node2;
      let isSrcToken = true;
      switch (token2.type) {
        case "alias":
          node2 = composeAlias(ctx, token2, onError);
          if (anchor2 || tag)
            onError(token2, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node2 = composeScalar.composeScalar(ctx, token2, tag, onError);
          if (anchor2)
            node2.anchor = anchor2.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node2 = composeCollection.composeCollection(CN, ctx, token2, props, onError);
            if (anchor2)
              node2.anchor = anchor2.source.substring(1);
          } catch (error2) {
            const message2 = error2 instanceof Error ? error2.message : String(error2);
            onError(token2, "RESOURCE_EXHAUSTION", message2);
          }
          break;
        default: {
          const message2 = token2.type === "error" ? token2.message : `Unsupported token (type: ${token2.type})`;
          onError(token2, "UNEXPECTED_TOKEN", message2);
          isSrcToken = false;
        }
      }
      node2 ?? (node2 = composeEmptyNode(ctx, token2.offset, void 0, null, props, onError));
      if (anchor2 && node2.anchor === "")
        onError(anchor2, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity2.isScalar(node2) || typeof node2.value !== "string" || node2.tag && node2.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token2, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node2.spaceBefore = true;
      if (comment) {
        if (token2.type === "scalar" && token2.source === "")
          node2.comment = comment;
        else
          node2.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node2.srcToken = token2;
      return node2;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor: anchor2, tag, end }, onError) {
      const token2 = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node2 = composeScalar.composeScalar(ctx, token2, tag, onError);
      if (anchor2) {
        node2.anchor = anchor2.source.substring(1);
        if (node2.anchor === "")
          onError(anchor2, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node2.spaceBefore = true;
      if (comment) {
        node2.comment = comment;
        node2.range[2] = end;
      }
      return node2;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity2 = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer2 = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message2, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message2));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message2));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity2.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity2.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token2 of tokens)
          yield* this.next(token2);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token2) {
        if (node_process.env.LOG_STREAM)
          console.dir(token2, { depth: null });
        switch (token2.type) {
          case "directive":
            this.directives.add(token2.source, (offset, message2, warning) => {
              const pos = getErrorPos(token2);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message2, warning);
            });
            this.prelude.push(token2.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token2, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token2, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token2.source);
            break;
          case "error": {
            const msg = token2.source ? `${token2.message}: ${JSON.stringify(token2.source)}` : token2.message;
            const error2 = new errors.YAMLParseError(getErrorPos(token2), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error2);
            else
              this.doc.errors.push(error2);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token2), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token2.end, token2.offset + token2.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token2), "UNEXPECTED_TOKEN", `Unsupported token ${token2.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer2;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token2, strict = true, onError) {
      if (token2) {
        const _onError = (pos, code, message2) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message2);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message2);
        };
        switch (token2.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token2, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token2, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token2, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token2 ? token2.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token2.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token2.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token2, source);
          break;
        case '"':
          setFlowScalarValue(token2, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token2, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token2, source, "scalar");
      }
    }
    function setBlockScalarValue(token2, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token2.type === "block-scalar") {
        const header = token2.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token2.source = body;
      } else {
        const { offset } = token2;
        const indent = "indent" in token2 ? token2.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token2 ? token2.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token2))
          if (key !== "type" && key !== "offset")
            delete token2[key];
        Object.assign(token2, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token2, source, type) {
      switch (token2.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token2.type = type;
          token2.source = source;
          break;
        case "block-scalar": {
          const end = token2.props.slice(1);
          let oa = source.length;
          if (token2.props[0].type === "block-scalar-header")
            oa -= token2.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token2.props;
          Object.assign(token2, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token2.offset + source.length;
          const nl = { type: "newline", offset, indent: token2.indent, source: "\n" };
          delete token2.items;
          Object.assign(token2, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token2 ? token2.indent : -1;
          const end = "end" in token2 && Array.isArray(token2.end) ? token2.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token2))
            if (key !== "type" && key !== "offset")
              delete token2[key];
          Object.assign(token2, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token2) {
      switch (token2.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token2.props)
            res += stringifyToken(tok);
          return res + token2.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token2.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token2.start.source;
          for (const item of token2.items)
            res += stringifyItem(item);
          for (const st of token2.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token2);
          if (token2.end)
            for (const st of token2.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token2.source;
          if ("end" in token2 && token2.end)
            for (const st of token2.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path19) => {
      let item = cst;
      for (const [field, index] of path19) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path19) => {
      const parent = visit.itemAtPath(cst, path19.slice(0, -1));
      const field = path19[path19.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path19, item, visitor) {
      let ctrl = visitor(item, path19);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token2 = item[field];
        if (token2 && "items" in token2) {
          for (let i = 0; i < token2.items.length; ++i) {
            const ci = _visit(Object.freeze(path19.concat([[field, i]])), token2.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token2.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path19);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path19) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token2) => !!token2 && "items" in token2;
    var isScalar4 = (token2) => !!token2 && (token2.type === "scalar" || token2.type === "single-quoted-scalar" || token2.type === "double-quoted-scalar" || token2.type === "block-scalar");
    function prettyToken(token2) {
      switch (token2) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token2);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar4;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer2 = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote2 = this.charAt(0);
        let end = this.buffer.indexOf(quote2, this.pos + 1);
        if (quote2 === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer2;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter3 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter3;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token2) {
      switch (token2?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message2 = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message: message2, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error2) {
        const token2 = error2 ?? this.stack.pop();
        if (!token2) {
          const message2 = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message: message2 };
        } else if (this.stack.length === 0) {
          yield token2;
        } else {
          const top = this.peek(1);
          if (token2.type === "block-scalar") {
            token2.indent = "indent" in top ? top.indent : 0;
          } else if (token2.type === "flow-collection" && top.type === "document") {
            token2.indent = 0;
          }
          if (token2.type === "flow-collection")
            fixFlowSeqItems(token2);
          switch (top.type) {
            case "document":
              top.value = token2;
              break;
            case "block-scalar":
              top.props.push(token2);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token2, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token2;
              } else {
                Object.assign(it, { key: token2, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token2 });
              else
                it.value = token2;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token2, sep: [] });
              else if (it.sep)
                it.value = token2;
              else
                Object.assign(it, { key: token2, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token2);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token2.type === "block-map" || token2.type === "block-seq")) {
            const last = token2.items[token2.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token2.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token2.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token2.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token2) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token2.end)
              token2.end.push(this.sourceToken);
            else
              token2.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity2 = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity2.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity2.isAlias;
    exports.isCollection = identity2.isCollection;
    exports.isDocument = identity2.isDocument;
    exports.isMap = identity2.isMap;
    exports.isNode = identity2.isNode;
    exports.isPair = identity2.isPair;
    exports.isScalar = identity2.isScalar;
    exports.isSeq = identity2.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/parse/go-template.ts
function firstTemplateAction(text) {
  let close = -1;
  let lineEnd = -1;
  let commentStart = Infinity;
  for (let open3 = text.indexOf("{{"); open3 !== -1; open3 = text.indexOf("{{", open3 + 2)) {
    if (close < open3 + 2) {
      close = text.indexOf("}}", open3 + 2);
      if (close === -1) return void 0;
    }
    if (open3 > lineEnd) {
      const lineStart2 = text.lastIndexOf("\n", open3 - 1) + 1;
      const newline = text.indexOf("\n", open3);
      lineEnd = newline === -1 ? text.length : newline;
      commentStart = commentStartOf(text.slice(lineStart2, lineEnd), lineStart2);
    }
    if (open3 < commentStart) return open3;
  }
  return void 0;
}
function commentStartOf(line, lineStart2) {
  const match = /(?:^|[ \t])#/.exec(line);
  return match === null ? Infinity : lineStart2 + match.index;
}
var init_go_template = __esm({
  "src/parse/go-template.ts"() {
    "use strict";
  }
});

// src/parse/kubectl-reading.ts
function readAsKubectl(text) {
  const notJson = isJsonStream(text) ? jsonStreamProblem(text) : void 0;
  if (notJson) return { text, problems: [notJson], separatorBreaks: [] };
  if (!NEEDS_A_LOOK.test(text)) return { text, problems: [], separatorBreaks: [] };
  const chars = /* @__PURE__ */ new Map();
  const problems = [];
  const separatorBreaks = [];
  const json = isJsonStream(text);
  for (const match of text.matchAll(LEGACY_BREAK)) {
    const at2 = match.index;
    chars.set(at2, "\n");
    if (json || match[0] === "\u2028" || match[0] === "\u2029") separatorBreaks.push(at2);
    if (text[at2 - 1] === "\\") {
      problems.push({
        start: at2 - 1,
        end: at2 + 1,
        message: `${DIFFERENTLY}: \`\\\` before ${breakName(match[0])} is an escaped line break for Kubernetes (YAML 1.1), which joins the two lines; rewrite the string on one line`
      });
    }
  }
  const chunks = [];
  if (!json) {
    let lineStart2 = 0;
    let chunkStart = true;
    let chunkFrom = 0;
    while (lineStart2 <= text.length) {
      const newline = text.indexOf("\n", lineStart2);
      const lineEnd = newline === -1 ? text.length : newline;
      if (chunkStart && text.charCodeAt(lineStart2) === 65279) {
        problems.push({
          start: lineStart2,
          end: lineStart2 + 1,
          message: `${DIFFERENTLY}: kubectl skips this byte-order mark (U+FEFF) at the start of a document, YAML 1.2 parsers read it as part of the first key; delete it`
        });
      }
      chunkStart = false;
      if (text[lineStart2] === "%") {
        problems.push({
          start: lineStart2,
          end: lineEnd,
          message: `${DIFFERENTLY}: kubectl cuts the file into documents at \`---\` before parsing, so this directive never applies to the document after it (and kubectl stops reading the file when the directive starts a document); delete it`
        });
        for (let i = lineStart2; i < lineEnd; i++) if (text[i] !== "\r") chars.set(i, " ");
      }
      if (text.startsWith("---", lineStart2)) {
        const rest = text.slice(lineStart2 + 3, lineEnd).replace(/\r$/, "");
        const trimmed = trimGoSpace(rest);
        if (trimmed !== "" && !trimmed.startsWith("#")) {
          problems.push({
            start: lineStart2,
            end: lineStart2 + 3 + rest.length,
            message: "kubectl stops reading the file at this line (`---` may only be followed by blanks or a comment), so it creates nothing from this document on; put the content on the next line"
          });
        } else {
          chunkStart = true;
          chunks.push([chunkFrom, lineStart2]);
          chunkFrom = newline === -1 ? text.length : newline + 1;
          for (let i = lineStart2 + 3; i < lineStart2 + 3 + rest.length; i++) chars.set(i, " ");
        }
      }
      if (newline === -1) break;
      lineStart2 = newline + 1;
    }
    chunks.push([chunkFrom, text.length]);
  }
  const normalized = replaceUnits(text, chars);
  const ignored = /* @__PURE__ */ new Map();
  for (const [from, to] of chunks) {
    const end = firstDocumentEnd(normalized, from, to);
    if (end === void 0) continue;
    for (let i = end; i < to; i++) if (normalized[i] !== "\n" && normalized[i] !== "\r") ignored.set(i, " ");
  }
  return { text: replaceUnits(normalized, ignored), problems, separatorBreaks };
}
function firstDocumentEnd(text, from, to) {
  let sawContent = false;
  let lineStart2 = from;
  while (lineStart2 < to) {
    const newline = text.indexOf("\n", lineStart2);
    const lineEnd = newline === -1 || newline > to ? to : newline;
    const line = text.slice(lineStart2, lineEnd);
    if (/^\.\.\.(?=[ \t\r]|$)/.test(line)) {
      if (sawContent) return Math.min(lineEnd + 1, to);
    } else if (/^---(?=[ \t\r]|$)/.test(line)) {
      if (sawContent) return lineStart2;
    } else if (!/^[ \t\r\ufeff]*(?:#|$)/.test(line)) {
      sawContent = true;
    }
    lineStart2 = lineEnd + 1;
  }
  return void 0;
}
function needsKubectlRewrite(text) {
  return NEEDS_A_LOOK.test(text);
}
function replaceUnits(text, replacements) {
  if (replacements.size === 0) return text;
  const offsets = [...replacements.keys()].sort((a, b) => a - b);
  let result = "";
  let from = 0;
  for (const offset of offsets) {
    result += text.slice(from, offset) + replacements.get(offset);
    from = offset + 1;
  }
  return result + text.slice(from);
}
function trimGoSpace(text) {
  let start = 0;
  let end = text.length;
  while (start < end && GO_SPACE.test(text[start])) start++;
  while (end > start && GO_SPACE.test(text[end - 1])) end--;
  return text.slice(start, end);
}
function isJsonStream(text) {
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (GO_SPACE.test(char)) continue;
    return char === "{";
  }
  return false;
}
function breakName(char) {
  switch (char) {
    case "\r":
      return "a lone CR (U+000D)";
    case "":
      return "U+0085 (next line)";
    case "\u2028":
      return "U+2028 (line separator)";
    default:
      return "U+2029 (paragraph separator)";
  }
}
function jsonStreamProblem(text) {
  let at2 = 0;
  for (let first = true; ; first = false) {
    while (at2 < text.length && " 	\r\n".includes(text[at2])) at2++;
    if (at2 >= text.length) return void 0;
    const end = jsonValueEnd(text, at2);
    let valid = end !== void 0;
    if (end !== void 0) {
      try {
        JSON.parse(text.slice(at2, end));
      } catch {
        valid = false;
      }
    }
    if (!valid && first) return void 0;
    if (!valid) {
      return {
        start: at2,
        end: at2 + 1,
        message: "kubectl reads this file as JSON (its first character is `{`) and stops reading it here, where it is not JSON; write the file as JSON only, or as YAML"
      };
    }
    at2 = end;
  }
}
function jsonValueEnd(text, from) {
  if (text[from] !== "{" && text[from] !== "[") return void 0;
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const char = text[i];
    if (char === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
    } else if (char === "{" || char === "[") {
      depth++;
    } else if (char === "}" || char === "]") {
      if (--depth === 0) return i + 1;
    }
  }
  return void 0;
}
function separatorBreakProblem(at2, char) {
  const name = breakName(char);
  return {
    start: at2,
    end: at2 + 1,
    message: `${DIFFERENTLY}: inside a string, kubectl keeps ${name} as it is, where a YAML parser folds a line break; rewrite it as a plain line break, or as an escape (\`\\u2028\`) inside a double-quoted string`
  };
}
var DIFFERENTLY, LEGACY_BREAK, GO_SPACE, NEEDS_A_LOOK;
var init_kubectl_reading = __esm({
  "src/parse/kubectl-reading.ts"() {
    "use strict";
    DIFFERENTLY = "Kubernetes and YAML 1.2 parsers read this differently";
    LEGACY_BREAK = /\r(?!\n)|[\u0085\u2028\u2029]/g;
    GO_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
    NEEDS_A_LOOK = /\r(?!\n)|[\u0085\u2028\u2029\ufeff]|(?:^|\n)(?:%|\.\.\.|---(?:[^ \t\r\n]|[ \t]+[^ \t\r\n#]))/;
  }
});

// src/parse/go-yaml.ts
function withGoBinary(tags) {
  return tags.map((tag) => tag.tag === BINARY_TAG ? goBinaryTag : tag);
}
function goYamlDifferences(doc, root, separatorBreaks, originalText) {
  const problems = [];
  const mergeKeys = /* @__PURE__ */ new Map();
  const pending = [root];
  while (pending.length > 0) {
    const node2 = pending.pop();
    if ((0, import_yaml.isMap)(node2)) {
      const merges = node2.items.some(isMergePair);
      const explicit = /* @__PURE__ */ new Set();
      const merged = /* @__PURE__ */ new Set();
      for (const pair of node2.items) {
        if (!merges) {
        } else if (isMergePair(pair)) {
          const supplied = keysSupplied(doc, pair.value, mergeKeys, 0);
          const overridden = [...supplied].find((key) => explicit.has(key) || merged.has(key));
          if (overridden !== void 0) problems.push(mergeProblem(pair, overridden, explicit.has(overridden)));
          for (const key of supplied) merged.add(key);
        } else {
          const key = keyString(pair.key);
          if (key !== void 0) explicit.add(key);
        }
        if (pair.key !== null) pending.push(pair.key);
        pending.push(pair.value);
      }
    } else if ((0, import_yaml.isSeq)(node2)) {
      for (const item of node2.items) pending.push(item);
    } else if ((0, import_yaml.isScalar)(node2) && separatorBreaks.length > 0 && node2.range) {
      const at2 = firstAtOrAfter(separatorBreaks, node2.range[0]);
      if (at2 !== void 0 && at2 < node2.range[1]) problems.push(separatorBreakProblem(at2, originalText[at2]));
    }
  }
  return problems;
}
function isMergePair(pair) {
  return (0, import_yaml.isScalar)(pair.key) && typeof pair.key.value === "symbol";
}
function keyString(key) {
  return (0, import_yaml.isScalar)(key) ? String(key.value) : void 0;
}
function keysSupplied(doc, value, memo2, depth) {
  const node2 = (0, import_yaml.isAlias)(value) ? value.resolve(doc) : value;
  const known = memo2.get(node2);
  if (known) return known;
  const keys = /* @__PURE__ */ new Set();
  memo2.set(node2, keys);
  if (depth > 64) return keys;
  if ((0, import_yaml.isSeq)(node2)) {
    for (const item of node2.items) for (const key of keysSupplied(doc, item, memo2, depth + 1)) keys.add(key);
  } else if ((0, import_yaml.isMap)(node2)) {
    for (const pair of node2.items) {
      if (isMergePair(pair)) for (const key of keysSupplied(doc, pair.value, memo2, depth + 1)) keys.add(key);
      else {
        const key = keyString(pair.key);
        if (key !== void 0) keys.add(key);
      }
    }
  }
  return keys;
}
function mergeProblem(pair, key, writtenBefore) {
  const range = pair.key.range ?? [0, 0];
  const what = writtenBefore ? `this \`<<\` merge sets ${quote(key)}, written before it in the same mapping: kubectl takes the merged value, YAML 1.1 parsers keep the one written` : `this \`<<\` merge sets ${quote(key)} again after an earlier \`<<\` of the same mapping: kubectl takes the later value, YAML 1.1 parsers the earlier one`;
  return {
    start: range[0],
    end: range[1],
    message: `Kubernetes and YAML 1.2 parsers read this differently: ${what}; rewrite it with a single \`<<\` (a list of sources if needed) as the first key of the mapping`
  };
}
function firstAtOrAfter(offsets, from) {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const middle = low + high >> 1;
    if (offsets[middle] < from) low = middle + 1;
    else high = middle;
  }
  return offsets[low];
}
var import_yaml, BINARY_TAG, utf8, goBinaryTag;
var init_go_yaml = __esm({
  "src/parse/go-yaml.ts"() {
    "use strict";
    import_yaml = __toESM(require_dist(), 1);
    init_kubectl_reading();
    init_text();
    BINARY_TAG = "tag:yaml.org,2002:binary";
    utf8 = new TextDecoder("utf-8");
    goBinaryTag = {
      tag: BINARY_TAG,
      default: false,
      identify: () => false,
      resolve(source, onError) {
        const compact = source.replace(/[\r\n]/g, "");
        if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(compact)) {
          onError("!!binary value contains invalid base64 data (kubectl rejects the document)");
          return source;
        }
        return utf8.decode(Buffer.from(compact, "base64"));
      }
    };
  }
});

// src/parse/blank-documents.ts
function markerStarts(text, marker, found) {
  const endsMarker = (at2) => {
    if (at2 >= text.length) return true;
    const c2 = text.charCodeAt(at2);
    return c2 === 32 || c2 === 9 || c2 === 13 || c2 === 10;
  };
  if (text.startsWith(marker) && endsMarker(3)) found.push(0);
  const needle = `
${marker}`;
  for (let at2 = text.indexOf(needle); at2 !== -1; at2 = text.indexOf(needle, at2 + 1)) {
    if (endsMarker(at2 + 4)) found.push(at2 + 1);
  }
}
function blanked(text, start, end) {
  const lines = [];
  let lineStart2 = start;
  for (; ; ) {
    const newline = text.indexOf("\n", lineStart2);
    const lineEnd = newline === -1 || newline >= end ? end : newline;
    const cr = lineEnd > lineStart2 && text.charCodeAt(lineEnd - 1) === 13 ? "\r" : "";
    lines.push(lines.length === 0 ? `~${cr}` : cr);
    if (lineEnd === end) break;
    lineStart2 = newline + 1;
  }
  return lines.join("\n");
}
function gapLineStart(text, at2) {
  return text.charCodeAt(at2) === 10 ? at2 + 1 : at2;
}
function compactIrrelevantDocuments(text, isRelevant) {
  if (needsKubectlRewrite(text) || isJsonStream(text)) return { text };
  if (text.startsWith("%") || text.includes("\n%")) return { text };
  const markers = [];
  markerStarts(text, "---", markers);
  markerStarts(text, "...", markers);
  if (markers.length === 0) return { text };
  markers.sort((a, b) => a - b);
  for (const at2 of markers) {
    const newline = text.indexOf("\n", at2);
    const rest = text.slice(at2 + 3, newline === -1 ? text.length : newline).trim();
    if (rest !== "" && !rest.startsWith("#")) return { text };
  }
  const out = [];
  const gaps = [];
  let length = 0;
  let cursor = 0;
  let segmentStart = 0;
  const emit = (piece) => {
    out.push(piece);
    length += piece.length;
  };
  for (let i = 0; i <= markers.length; i++) {
    const segmentEnd = i < markers.length ? markers[i] - 1 : text.length;
    if (segmentEnd > segmentStart) {
      const segment = text.slice(segmentStart, segmentEnd);
      if (CONTENT_LINE.test(segment) && !isRelevant(segment)) {
        emit(text.slice(cursor, segmentStart));
        const cr = text.indexOf("\r", segmentStart);
        if (cr !== -1 && cr < segmentEnd) {
          emit(blanked(text, segmentStart, segmentEnd));
        } else {
          emit("~");
          const newlines = countNewlines(text, segmentStart, segmentEnd);
          if (newlines > 0) gaps.push(length, newlines);
        }
        cursor = segmentEnd;
      }
    }
    if (i < markers.length) {
      const newline = text.indexOf("\n", markers[i]);
      segmentStart = newline === -1 ? text.length + 1 : newline + 1;
    }
  }
  if (cursor === 0) return { text };
  emit(text.slice(cursor));
  const compact = out.join("");
  return gaps.length === 0 ? { text: compact } : { text: compact, gaps: Int32Array.from(gaps) };
}
function countNewlines(text, start, end) {
  let newlines = 0;
  for (let at2 = text.indexOf("\n", start); at2 !== -1 && at2 < end; at2 = text.indexOf("\n", at2 + 1)) newlines++;
  return newlines;
}
var CONTENT_LINE;
var init_blank_documents = __esm({
  "src/parse/blank-documents.ts"() {
    "use strict";
    init_kubectl_reading();
    CONTENT_LINE = /(?:^|\n)[^\S\n]*[^\s#]/;
  }
});

// src/parse/parse-manifest.ts
function parseManifest(filePath, rawText, options = {}) {
  const unmarked = rawText.charCodeAt(0) === 65279 ? rawText.slice(1) : rawText;
  const written2 = options.isRelevant ? blankIrrelevantDocuments(unmarked, options.isRelevant) : unmarked;
  const yaml11 = (options.yamlVersion ?? "1.1") === "1.1";
  const reading = yaml11 ? readAsKubectl(written2) : void 0;
  const text = reading?.text ?? written2;
  const lineCounter = linesOf(written2, options.isRelevant ? void 0 : options.lineGaps);
  const toRange = rangeMaker(text, lineCounter);
  const documents = [];
  const problems = [];
  const comments = text.includes("calico-lint") ? [] : void 0;
  const composer = new import_yaml2.Composer({
    ...KUBERNETES_YAML,
    version: options.yamlVersion ?? "1.1",
    merge: yaml11,
    ...yaml11 ? { customTags: withGoBinary } : {}
  });
  const refusals = [...reading?.problems ?? []];
  const mayMerge = text.includes("<<");
  let index = 0;
  const tooDeep = [];
  const templates = [];
  const isTemplate = (doc, docIndex, problemsBefore) => {
    if (!options.templates || problems.length === problemsBefore) return false;
    const [start, , rangeEnd] = doc.range;
    const lastError = doc.errors.reduce((last, error2) => Math.max(last, error2.pos[1]), rangeEnd);
    const lineEnd = text.indexOf("\n", lastError);
    const end = lineEnd === -1 ? text.length : lineEnd;
    const action = firstTemplateAction(text.slice(start, end));
    if (action === void 0) return false;
    problems.length = problemsBefore;
    templates.push({ documentIndex: docIndex, range: toRange(start + action, start + action + 2) });
    return true;
  };
  const compose = (doc) => {
    const docIndex = index++;
    if (tooDeep.shift() === true) return;
    const problemsBefore = problems.length;
    for (const error2 of doc.errors) problems.push(describeError(error2, text, toRange));
    if (problems.length > problemsBefore) {
      isTemplate(doc, docIndex, problemsBefore);
      return;
    }
    if (doc.contents === null) return;
    if (reading && (reading.separatorBreaks.length > 0 || mayMerge)) {
      refusals.push(...goYamlDifferences(doc, doc.contents, reading.separatorBreaks, written2));
    }
    if (!yaml11) {
      for (const offset of duplicateKeys(doc.contents)) {
        problems.push(describeError({ code: "DUPLICATE_KEY", pos: [offset, offset + 1], message: "" }, text, toRange));
      }
      if (problems.length > problemsBefore) return;
    }
    let value;
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (error2) {
      const start = doc.contents.range[0];
      problems.push({ message: toJSProblem(error2), range: toRange(start, start) });
      return;
    }
    if (value === null || value === void 0) return;
    const document = makeDocument(filePath, docIndex, value, doc, text, toRange);
    document[SYNTAX] = { contents: doc.contents, text, lineCounter };
    documents.push(document);
  };
  const documentDepth = { deepest: Infinity };
  const onToken = (token2) => {
    if (token2.type === "document") {
      const deepAt = token2.value === void 0 || !mayBeTooDeep(documentDepth.deepest) ? void 0 : firstTooDeep(token2.value, MAX_NESTING_DEPTH);
      tooDeep.push(deepAt !== void 0);
      if (deepAt !== void 0) {
        problems.push({ message: TOO_DEEP, range: toRange(deepAt, deepAt + 1) });
        token2.value = void 0;
      }
    }
    if (comments) collectComments(token2, text, comments);
    for (const doc of composer.next(token2)) compose(doc);
  };
  forEachTokenWithinLimits(
    text,
    (offset) => problems.push({ message: TOO_DEEP, range: toRange(offset, offset + 1) }),
    (offset) => problems.push({ message: tooManyNodes(), range: toRange(offset, offset + 1) }),
    documentDepth,
    onToken
  );
  for (const doc of composer.end(false, text.length)) compose(doc);
  const parseErrorAt = new Set(problems.map((problem) => `${problem.range.line}:${problem.range.column}`));
  for (const refusal of refusals) {
    const range = toRange(refusal.start, refusal.end);
    if (!parseErrorAt.has(`${range.line}:${range.column}`)) problems.push({ message: refusal.message, range });
  }
  problems.sort((a, b) => a.range.line - b.range.line || a.range.column - b.range.column);
  const parsed = { filePath, documents, problems, comments: comments ? lineComments(comments, written2, lineCounter, toRange) : [] };
  if (options.templates) parsed.templates = templates;
  return parsed;
}
function linesOf(text, gaps) {
  const counter = new import_yaml2.LineCounter();
  counter.addNewLine(0);
  let gap = 0;
  const addGapsUpTo = (offset) => {
    for (; gap < (gaps?.length ?? 0); gap += 2) {
      const start = gapLineStart(text, gaps[gap]);
      if (start > offset) return;
      for (let line = 0; line < gaps[gap + 1]; line++) counter.addNewLine(start);
    }
  };
  for (let at2 = text.indexOf("\n"); at2 !== -1; at2 = text.indexOf("\n", at2 + 1)) {
    addGapsUpTo(at2 + 1);
    counter.addNewLine(at2 + 1);
  }
  addGapsUpTo(text.length);
  return counter;
}
function documentSyntax(document) {
  return document[SYNTAX];
}
function blankIrrelevantDocuments(text, isRelevant) {
  if (needsKubectlRewrite(text) || isJsonStream(text)) return text;
  const lines = text.split("\n");
  const segments = [];
  let from = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith("%")) return text;
    const marker = MARKER_LINE.exec(line);
    if (!marker) continue;
    const rest = line.slice(3).trim();
    if (rest !== "" && !rest.startsWith("#")) return text;
    segments.push({ from, to: i });
    from = i + 1;
  }
  segments.push({ from, to: lines.length });
  if (segments.length === 1) return text;
  let changed = false;
  for (const { from: start, to: end } of segments) {
    const segment = lines.slice(start, end);
    if (!segment.some((line) => line.trim() !== "" && !line.trimStart().startsWith("#"))) continue;
    if (isRelevant(segment.join("\n"))) continue;
    for (let i = start; i < end; i++) lines[i] = lines[i].endsWith("\r") ? "\r" : "";
    lines[start] = lines[start] === "\r" ? "~\r" : "~";
    changed = true;
  }
  return changed ? lines.join("\n") : text;
}
function duplicateKeys(root) {
  const found = [];
  const pending = [root];
  while (pending.length > 0) {
    const node2 = pending.pop();
    if ((0, import_yaml2.isMap)(node2)) {
      const seen = /* @__PURE__ */ new Set();
      for (const pair of node2.items) {
        const key = pair.key;
        if ((0, import_yaml2.isScalar)(key)) {
          const value = key.value;
          const primitive = value === null || typeof value !== "object" && typeof value !== "function";
          if (primitive && !(typeof value === "number" && Number.isNaN(value))) {
            const id = `${typeof value}:${String(value)}`;
            if (seen.has(id) && key.range) found.push(key.range[0]);
            seen.add(id);
          }
        } else if (key !== null) {
          pending.push(key);
        }
        pending.push(pair.value);
      }
    } else if ((0, import_yaml2.isSeq)(node2)) {
      for (const item of node2.items) pending.push(item);
    }
  }
  return found.sort((a, b) => a - b);
}
function toJSProblem(error2) {
  if (error2 instanceof RangeError) {
    return "Parsing error: too deeply nested to read (the aliases in this document expand too deep)";
  }
  const message2 = error2 instanceof Error ? error2.message : String(error2);
  return `Parsing error: ${echo(message2, 300)}`;
}
function forEachTokenWithinLimits(text, tooDeep, tooBig, documentDepth, onToken) {
  for (let from = 0; ; ) {
    const parser = new import_yaml2.Parser();
    parser.offset = from;
    let stoppedAt;
    let nodes = 0;
    let afterScalarMark = false;
    let deepest = 0;
    for (const lexeme of new import_yaml2.Lexer().lex(from === 0 ? text : text.slice(from))) {
      if (!afterScalarMark) {
        if (STRUCTURE_LEXEMES.has(lexeme) || lexeme === import_yaml2.CST.SCALAR) nodes++;
        else if (lexeme === "---" || lexeme === "...") nodes = 0;
      }
      afterScalarMark = lexeme === import_yaml2.CST.SCALAR;
      const at2 = parser.offset;
      for (const token2 of parser.next(lexeme)) {
        if (token2.type === "document") {
          documentDepth.deepest = deepest;
          deepest = parser.stack.length;
        }
        onToken(token2);
      }
      if (parser.stack.length > deepest) deepest = parser.stack.length;
      const tooLarge2 = nodes > MAX_DOCUMENT_NODES;
      if (tooLarge2 || parser.stack.length > MAX_PARSER_STACK) {
        if (tooLarge2) tooBig(at2);
        else tooDeep(firstCollectionTooDeep(parser.stack) ?? parser.offset);
        const document = parser.stack[0];
        if (document?.type === "document") onToken({ ...document, value: void 0, end: [] });
        stoppedAt = parser.offset;
        break;
      }
    }
    if (stoppedAt === void 0) {
      for (const token2 of parser.end()) {
        if (token2.type === "document") documentDepth.deepest = deepest;
        onToken(token2);
      }
      return;
    }
    DOCUMENT_MARKER.lastIndex = stoppedAt;
    const next = DOCUMENT_MARKER.exec(text)?.index ?? text.length;
    if (next >= text.length) return;
    from = next;
  }
}
function tooManyNodes() {
  return `More than ${MAX_DOCUMENT_NODES.toLocaleString("en-US")} values, mappings, lists and entries in one document: calico-lint does not read this document (a Kubernetes object has hundreds)`;
}
function mayBeTooDeep(deepestStack) {
  return 2 * deepestStack + 16 > MAX_NESTING_DEPTH;
}
function firstCollectionTooDeep(stack) {
  let depth = 0;
  for (const token2 of stack) {
    if (COLLECTIONS.has(token2.type) && ++depth > MAX_NESTING_DEPTH) return token2.offset;
  }
  return void 0;
}
function firstTooDeep(root, max) {
  const stack = [{ token: root, depth: 0 }];
  while (stack.length > 0) {
    const { token: token2, depth } = stack.pop();
    if (!COLLECTIONS.has(token2.type)) continue;
    const collection = token2;
    const inner = depth + 1;
    if (inner > max) return collection.offset;
    const flowSeq = collection.type === "flow-collection" && collection.start.source === "[";
    for (const item of collection.items) {
      const pair = flowSeq && item.sep?.some((t) => t.type === "map-value-ind") === true;
      const childDepth = pair ? inner + 1 : inner;
      if (pair && childDepth > max) return collection.offset;
      const { key, value } = item;
      if (key) stack.push({ token: key, depth: childDepth });
      if (value) stack.push({ token: value, depth: childDepth });
    }
  }
  return void 0;
}
function collectComments(root, text, found) {
  const pending = [root];
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item !== "object" || item === null) continue;
    if (Array.isArray(item)) {
      for (const child of item) pending.push(child);
      continue;
    }
    const token2 = item;
    if (token2.type === "comment" && typeof token2.offset === "number" && typeof token2.source === "string") {
      const before = text.slice(lineStart(text, token2.offset), token2.offset);
      if (/^[ \t]*$/.test(before)) found.push({ offset: token2.offset, source: token2.source.trimEnd() });
      continue;
    }
    for (const child of Object.values(item)) pending.push(child);
  }
}
function lineComments(found, text, lineCounter, toRange) {
  if (found.length === 0) return [];
  found.sort((a, b) => a.offset - b.offset);
  const comments = found.map(({ offset, source }) => ({ text: source, range: toRange(offset, offset + source.length) }));
  const commentLines = new Set(comments.map((comment) => comment.range.line));
  const contentLines = [];
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    const line = lineCounter.linePos(start).line;
    if (!commentLines.has(line) && /\S/.test(text.slice(start, end))) contentLines.push(line);
    if (newline === -1) break;
    start = newline + 1;
  }
  let next = 0;
  return comments.map((comment) => {
    while (next < contentLines.length && contentLines[next] <= comment.range.line) next++;
    return { ...comment, nextContentLine: contentLines[next] };
  });
}
function rangeMaker(text, lineCounter) {
  return (start, end) => {
    let trimmedEnd = Math.max(start, end);
    while (trimmedEnd > start && /\s/.test(text[trimmedEnd - 1] ?? "")) trimmedEnd--;
    const from = lineCounter.linePos(start);
    const to = lineCounter.linePos(trimmedEnd);
    return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
  };
}
function describeError(error2, text, toRange) {
  const start = error2.pos[0];
  let end = error2.pos[1];
  const firstLine = error2.message.split("\n")[0] ?? error2.message;
  let message2;
  if (error2.code === "DUPLICATE_KEY") {
    const written2 = KEY_AT.exec(lineAround(text, start).slice(start - lineStart(text, start)))?.[0] ?? "";
    end = start + written2.length;
    const key = written2.replace(/^(["'])(.*)\1$/, "$2");
    message2 = `Duplicate key ${quote(key)} in a mapping: say each key once`;
  } else if (error2.code === "RESOURCE_EXHAUSTION") {
    message2 = "Parsing error: too deeply nested to read";
  } else {
    message2 = `Parsing error: ${echo(firstLine, 300)}`;
  }
  const lineText = lineAround(text, start);
  if (/selector\s*:\s*!/i.test(lineText)) {
    message2 += ` (an unquoted selector starting with \`!\` is read as a YAML tag: quote it)`;
  }
  return { message: message2, range: toRange(start, Math.max(end, start)) };
}
function lineStart(text, offset) {
  return text.lastIndexOf("\n", offset - 1) + 1;
}
function lineAround(text, offset) {
  const begin = lineStart(text, offset);
  const stop = text.indexOf("\n", offset);
  return text.slice(begin, stop === -1 ? text.length : stop);
}
function makeDocument(filePath, index, value, doc, text, toRange) {
  const contents = doc.contents;
  const start = contents.range?.[0] ?? 0;
  const firstLine = (from, to) => {
    const newline = text.indexOf("\n", from);
    return [from, newline === -1 ? to : Math.min(to, newline)];
  };
  return {
    filePath,
    index,
    value,
    unresolvedTags: findUnresolvedTags(contents, doc.warnings, text, toRange),
    locate(path19, part = "value") {
      const found = walk(contents, path19, firstLine, [start, start]);
      if (found.complete) {
        const keyRange = found.pair?.key ? found.pair.key.range : void 0;
        if (part === "key" && keyRange) return toRange(keyRange[0], keyRange[1]);
        if (found.node?.range) return toRange(found.node.range[0], found.node.range[1]);
      }
      return toRange(...found.anchor);
    },
    has(path19) {
      return hasValueAt(value, path19);
    }
  };
}
function hasValueAt(value, path19) {
  let current = value;
  for (const segment of path19) {
    if (Array.isArray(current) && typeof segment === "number") {
      if (segment < 0 || segment >= current.length) return false;
      current = current[segment];
    } else if (typeof current === "object" && current !== null && !Array.isArray(current) && typeof segment === "string") {
      if (!Object.hasOwn(current, segment)) return false;
      current = current[segment];
    } else {
      return false;
    }
  }
  return true;
}
function walk(root, path19, firstLine, documentStart) {
  let node2 = root;
  let pair = null;
  let anchor2 = documentStart;
  for (const segment of path19) {
    if ((0, import_yaml2.isMap)(node2)) {
      const found = node2.items.findLast((item) => keyOf(item) === String(segment));
      if (!found) return { node: node2, pair, complete: false, anchor: anchor2 };
      pair = found;
      const keyRange = found.key?.range;
      if (keyRange) anchor2 = [keyRange[0], keyRange[1]];
      node2 = found.value ?? null;
    } else if ((0, import_yaml2.isSeq)(node2) && typeof segment === "number") {
      const item = node2.items[segment];
      if (item === void 0) return { node: node2, pair, complete: false, anchor: anchor2 };
      pair = null;
      if (item?.range) anchor2 = firstLine(item.range[0], item.range[1]);
      node2 = item;
    } else {
      return { node: node2, pair, complete: false, anchor: anchor2 };
    }
  }
  return { node: node2, pair, complete: true, anchor: anchor2 };
}
function keyOf(pair) {
  const key = pair.key;
  if ((0, import_yaml2.isScalar)(key)) return String(key.value);
  return void 0;
}
function findUnresolvedTags(root, warnings, text, toRange) {
  const tagWarnings = warnings.filter((w) => w.code === "TAG_RESOLVE_FAILED");
  if (tagWarnings.length === 0 && !NON_SPECIFIC_TAG.test(text)) return [];
  const warningStarts = tagWarnings.map((w) => w.pos[0]).sort((a, b) => a - b);
  const found = [];
  const pathOf = (visit) => {
    const segments = [];
    for (let at2 = visit; at2?.parent !== void 0; at2 = at2.parent) segments.push(at2.segment);
    return segments.reverse();
  };
  const stack = [{ node: root, parent: void 0, segment: void 0 }];
  while (stack.length > 0) {
    const visit = stack.pop();
    const { node: node2 } = visit;
    if ((0, import_yaml2.isPair)(node2)) continue;
    if ((0, import_yaml2.isMap)(node2)) {
      for (let i = node2.items.length - 1; i >= 0; i--) {
        const item = node2.items[i];
        const key = keyOf(item);
        if (key !== void 0) stack.push({ node: item.value, parent: visit, segment: key });
      }
    } else if ((0, import_yaml2.isSeq)(node2)) {
      for (let i = node2.items.length - 1; i >= 0; i--) stack.push({ node: node2.items[i], parent: visit, segment: i });
    } else if ((0, import_yaml2.isScalar)(node2) && node2.tag?.startsWith("!") && node2.range) {
      const valueStart = node2.range[0];
      if (node2.tag === "!" && node2.type !== "PLAIN") continue;
      const tagStart = node2.tag === "!" ? text.lastIndexOf("!", valueStart) : lastStartingBefore(warningStarts, valueStart) ?? valueStart;
      found.push({
        path: pathOf(visit),
        tag: node2.tag,
        written: text.slice(tagStart, node2.range[1]),
        range: toRange(tagStart, node2.range[1])
      });
    }
  }
  return found;
}
function lastStartingBefore(starts, offset) {
  let low = 0;
  let high = starts.length - 1;
  let found;
  while (low <= high) {
    const middle = low + high >> 1;
    if (starts[middle] <= offset) {
      found = starts[middle];
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}
function unresolvedTagsIn(doc, path19) {
  const tags = doc.unresolvedTags;
  if (path19.length === 0 || tags.length === 0) return tags;
  let byLength = tagIndexes.get(doc);
  if (byLength === void 0) {
    byLength = /* @__PURE__ */ new Map();
    tagIndexes.set(doc, byLength);
  }
  let byPrefix = byLength.get(path19.length);
  if (byPrefix === void 0) {
    byPrefix = /* @__PURE__ */ new Map();
    for (const tag of tags) {
      if (tag.path.length < path19.length) continue;
      const key = JSON.stringify(tag.path.slice(0, path19.length));
      const list2 = byPrefix.get(key);
      if (list2) list2.push(tag);
      else byPrefix.set(key, [tag]);
    }
    byLength.set(path19.length, byPrefix);
  }
  return byPrefix.get(JSON.stringify(path19)) ?? [];
}
var import_yaml2, KUBERNETES_YAML, MAX_NESTING_DEPTH, SYNTAX, MARKER_LINE, MAX_PARSER_STACK, TOO_DEEP, MAX_DOCUMENT_NODES, STRUCTURE_LEXEMES, DOCUMENT_MARKER, COLLECTIONS, KEY_AT, NON_SPECIFIC_TAG, tagIndexes;
var init_parse_manifest = __esm({
  "src/parse/parse-manifest.ts"() {
    "use strict";
    import_yaml2 = __toESM(require_dist(), 1);
    init_go_template();
    init_text();
    init_kubectl_reading();
    init_go_yaml();
    init_blank_documents();
    KUBERNETES_YAML = {
      version: "1.1",
      uniqueKeys: false,
      merge: true,
      prettyErrors: false,
      // The library would print some warnings (a mapping used as a key) to standard error, quoting the manifest.
      logLevel: "silent"
    };
    MAX_NESTING_DEPTH = 256;
    SYNTAX = /* @__PURE__ */ Symbol("syntax");
    MARKER_LINE = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/;
    MAX_PARSER_STACK = 2 * MAX_NESTING_DEPTH + 16;
    TOO_DEEP = `Nested deeper than ${MAX_NESTING_DEPTH} levels of mappings and lists: calico-lint does not read this document (Kubernetes objects nest a few dozen levels)`;
    MAX_DOCUMENT_NODES = 1e6;
    STRUCTURE_LEXEMES = /* @__PURE__ */ new Set(["[", "{", "-", "?", ":"]);
    DOCUMENT_MARKER = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm;
    COLLECTIONS = /* @__PURE__ */ new Set(["block-map", "block-seq", "flow-collection"]);
    KEY_AT = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s:][^:\n]*?(?=\s*:(?:\s|$)))/;
    NON_SPECIFIC_TAG = /!\s/;
    tagIndexes = /* @__PURE__ */ new WeakMap();
  }
});

// src/resources/embedded.ts
function placementOf(outer, value) {
  const lines = value.split("\n");
  if (outer.line === outer.endLine) {
    if (lines.length !== 1) return void 0;
    const written2 = outer.endColumn - outer.column;
    if (written2 === value.trimEnd().length) return { firstLine: outer.line, columnOffset: outer.column - 1 };
    if (written2 === value.length + 2) return { firstLine: outer.line, columnOffset: outer.column };
    return void 0;
  }
  let last = lines.length - 1;
  while (last >= 0 && lines[last].trim() === "") last--;
  if (last < 0) return void 0;
  const firstLine = outer.line + 1;
  if (firstLine + last !== outer.endLine) return void 0;
  const indent = outer.endColumn - 1 - lines[last].trimEnd().length;
  if (indent < 0) return void 0;
  return { firstLine, columnOffset: indent };
}
function moveRange(range, placement) {
  return {
    line: range.line + placement.firstLine - 1,
    column: range.column + placement.columnOffset,
    endLine: range.endLine + placement.firstLine - 1,
    endColumn: range.endColumn + placement.columnOffset
  };
}
function substringRange(doc, path19, value, start, end) {
  const outer = doc.locate(path19);
  if (value.includes("\n") || outer.line !== outer.endLine) return outer;
  const placed = placementOf(outer, value);
  if (placed === void 0) return outer;
  return { line: outer.line, column: placed.columnOffset + start + 1, endLine: outer.line, endColumn: placed.columnOffset + end + 1 };
}
function embeddedDocuments(host, path19, text) {
  const inner = parseManifest(host.filePath, text);
  let placement = null;
  const place = () => {
    if (placement === null) placement = placementOf(host.locate(path19), text);
    return placement;
  };
  const hostRange = () => host.locate(path19);
  return inner.documents.map((doc) => ({
    filePath: host.filePath,
    index: host.index,
    value: doc.value,
    unresolvedTags: doc.unresolvedTags.map((tag) => ({ ...tag, range: mapped(tag.range) })),
    locate(innerPath, part) {
      return mapped(doc.locate(innerPath, part));
    },
    has: (innerPath) => doc.has(innerPath)
  }));
  function mapped(range) {
    const placed = place();
    return placed === void 0 ? hostRange() : moveRange(range, placed);
  }
}
var init_embedded = __esm({
  "src/resources/embedded.ts"() {
    "use strict";
    init_parse_manifest();
  }
});

// src/resources/calico-models.ts
var IPPOOL_API_VERSIONS, INSTALLATION_API_VERSION;
var init_calico_models = __esm({
  "src/resources/calico-models.ts"() {
    "use strict";
    IPPOOL_API_VERSIONS = ["projectcalico.org/v3", "crd.projectcalico.org/v1"];
    INSTALLATION_API_VERSION = "operator.tigera.io/v1";
  }
});

// src/resources/resource.ts
function podTemplatePathOf(kind) {
  return Object.hasOwn(POD_TEMPLATE_PATHS, kind) ? POD_TEMPLATE_PATHS[kind] : void 0;
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function getIn(value, path19) {
  let current = value;
  for (const segment of path19) {
    if (Array.isArray(current) && typeof segment === "number") current = current[segment];
    else if (isPlainObject(current) && typeof segment === "string" && Object.hasOwn(current, segment)) current = current[segment];
    else return void 0;
  }
  return current;
}
function asString(value) {
  return typeof value === "string" ? value : void 0;
}
function resourcesOf(doc, options) {
  const value = doc.value;
  if (isKubectlList(value)) {
    if (!Array.isArray(value.items)) return [];
    if (value.items.some((item) => item !== null && !isPlainObject(item) || isPlainObject(item) && Array.isArray(item.items))) return [];
    const resources = [];
    const listApiVersion = typeof value.apiVersion === "string" ? value.apiVersion : "";
    value.items.forEach((item, i) => {
      if (!isPlainObject(item)) return;
      const typed = !nonEmptyString(item.kind) && !nonEmptyString(item.apiVersion) && listApiVersion !== "" ? { ...item, apiVersion: listApiVersion, kind: value.kind.replace(/List$/, "") } : item;
      if (!isKubernetesObject(typed)) return;
      const resource2 = makeResource(doc, ["items", i], typed, options);
      resources.push(resource2, ...helmValuesInstallations(resource2, options));
    });
    return resources;
  }
  if (!isKubernetesObject(value)) return k3sConfigOf(doc, value, options);
  const resource = makeResource(doc, [], value, options);
  return [resource, ...helmValuesInstallations(resource, options)];
}
function nonEmptyString(value) {
  return typeof value === "string" && value !== "";
}
function isKubectlList(value) {
  return isPlainObject(value) && typeof value.kind === "string" && value.kind !== "" && Object.hasOwn(value, "items");
}
function isKubernetesObject(value) {
  return isPlainObject(value) && typeof value.apiVersion === "string" && typeof value.kind === "string";
}
function makeResource(doc, path19, object, options, displayName) {
  const metadata = isPlainObject(object.metadata) ? object.metadata : {};
  const name = asString(metadata.name);
  const namespace = CLUSTER_SCOPED_KINDS.has(object.kind) ? void 0 : options.namespaceOverride ?? asString(metadata.namespace) ?? options.defaultNamespace;
  const pools = [];
  const podTemplates = [];
  const resource = {
    doc,
    path: path19,
    apiVersion: object.apiVersion,
    kind: object.kind,
    name,
    namespace,
    metadata,
    object,
    pools,
    podTemplates,
    // Echoed in messages: kind, namespace and name come from the manifest, so escape and shorten them.
    displayName: displayName ?? `${echo(object.kind)}/${namespace ? `${echo(namespace)}/` : ""}${name === void 0 ? "(unnamed)" : echo(name)}`,
    locate: (relative, part) => doc.locate([...path19, ...relative], part),
    has: (relative) => doc.has([...path19, ...relative])
  };
  for (const pool of poolsOf(resource)) pools.push(pool);
  for (const template of podTemplatesOf(resource)) podTemplates.push(template);
  return resource;
}
function poolsOf(resource) {
  const { kind, apiVersion, object } = resource;
  if (kind === "IPPool" && IPPOOL_API_VERSIONS.includes(apiVersion)) {
    return [{
      resource,
      origin: "IPPool",
      name: resource.name,
      namePath: ["metadata", "name"],
      specPath: ["spec"],
      spec: isPlainObject(object.spec) ? object.spec : {}
    }];
  }
  if (kind === "Installation" && apiVersion === INSTALLATION_API_VERSION) {
    const ipPoolsPath = ["spec", "calicoNetwork", "ipPools"];
    const ipPools = getIn(object, ipPoolsPath);
    if (!Array.isArray(ipPools)) return [];
    const pools = [];
    ipPools.forEach((entry, i) => {
      if (!isPlainObject(entry)) return;
      pools.push({
        resource,
        origin: "Installation",
        name: asString(entry.name),
        namePath: [...ipPoolsPath, i, "name"],
        specPath: [...ipPoolsPath, i],
        spec: entry
      });
    });
    return pools;
  }
  return [];
}
function podTemplatesOf(resource) {
  const path19 = podTemplatePathOf(resource.kind);
  if (path19 === void 0) return [];
  const template = getIn(resource.object, path19);
  if (!isPlainObject(template)) return [];
  return [{
    resource,
    path: path19,
    metadata: isPlainObject(template.metadata) ? template.metadata : {},
    spec: isPlainObject(template.spec) ? template.spec : {}
  }];
}
function helmValuesPaths(resource) {
  const known = Object.hasOwn(HELM_VALUES_PATHS, resource.kind) ? [...HELM_VALUES_PATHS[resource.kind]] : [];
  const sources = resource.kind === "Application" ? getIn(resource.object, ["spec", "sources"]) : void 0;
  if (Array.isArray(sources)) {
    sources.forEach((_, i) => {
      known.push({ path: ["spec", "sources", i, "helm", "valuesObject"], form: "object" });
      known.push({ path: ["spec", "sources", i, "helm", "values"], form: "string" });
    });
  }
  return known;
}
function helmValuesInstallations(host, options) {
  const views = [];
  for (const { path: path19, form } of helmValuesPaths(host)) {
    const raw = getIn(host.object, path19);
    let targets = [];
    if (form === "object" && isPlainObject(raw)) {
      targets = [{ doc: host.doc, prefix: [...host.path, ...path19] }];
    } else if (form === "string" && typeof raw === "string" && raw.includes("calicoNetwork")) {
      targets = embeddedDocuments(host.doc, [...host.path, ...path19], raw).map((doc) => ({ doc, prefix: [] }));
    }
    for (const { doc, prefix } of targets) {
      const installation = getIn(doc.value, [...prefix, "installation"]);
      if (!isPlainObject(installation) || !isPlainObject(installation.calicoNetwork)) continue;
      views.push(installationView(host, path19, doc, [...prefix, "installation"], installation, options));
    }
  }
  return views;
}
function installationView(host, valuesPath, target, specPath, spec, options) {
  const object = { apiVersion: INSTALLATION_API_VERSION, kind: "Installation", metadata: { name: "default" }, spec };
  const toTarget = (path19) => path19[0] === "spec" ? [...specPath, ...path19.slice(1)] : void 0;
  const valuesKey = [...host.path, ...valuesPath];
  const view = {
    filePath: host.doc.filePath,
    index: host.doc.index,
    value: object,
    unresolvedTags: target.unresolvedTags.filter((tag) => specPath.every((segment, i) => tag.path[i] === segment)).map((tag) => ({ ...tag, path: ["spec", ...tag.path.slice(specPath.length)] })),
    locate(path19, part) {
      const inTarget = toTarget(path19);
      return inTarget ? target.locate(inTarget, part) : host.doc.locate(valuesKey, "key");
    },
    has: (path19) => hasValueAt(object, path19)
  };
  const where = valuesPath.map((segment) => typeof segment === "number" ? `[${segment}]` : `.${segment}`).join("").slice(1);
  return makeResource(view, [], object, options, `${host.displayName} (Helm values \`${where}\`, key \`installation\`)`);
}
function k3sConfigOf(doc, value, options) {
  if (!isPlainObject(value) || !K3S_RANGE_KEYS.some((key) => typeof value[key] === "string")) return [];
  if (Object.hasOwn(value, "apiVersion") || Object.hasOwn(value, "kind")) return [];
  const name = doc.filePath.split(/[\\/]/).pop();
  return [makeResource(doc, [], { ...value, apiVersion: "k3s.cattle.io/config", kind: K3S_CONFIG_KIND }, options, `k3s/RKE2 config ${echo(name ?? "")}`)];
}
var POD_TEMPLATE_PATHS, CLUSTER_SCOPED_KINDS, HELM_VALUES_PATHS, K3S_RANGE_KEYS, K3S_CONFIG_KIND;
var init_resource = __esm({
  "src/resources/resource.ts"() {
    "use strict";
    init_parse_manifest();
    init_text();
    init_calico_models();
    init_embedded();
    POD_TEMPLATE_PATHS = Object.assign(/* @__PURE__ */ Object.create(null), {
      Pod: [],
      PodTemplate: ["template"],
      Deployment: ["spec", "template"],
      DaemonSet: ["spec", "template"],
      StatefulSet: ["spec", "template"],
      ReplicaSet: ["spec", "template"],
      ReplicationController: ["spec", "template"],
      Job: ["spec", "template"],
      CronJob: ["spec", "jobTemplate", "spec", "template"]
    });
    CLUSTER_SCOPED_KINDS = /* @__PURE__ */ new Set(["Namespace", "IPPool", "Installation", "Node"]);
    HELM_VALUES_PATHS = {
      // RKE2 / k3s: helm.cattle.io/v1
      HelmChartConfig: [{ path: ["spec", "valuesContent"], form: "string" }],
      HelmChart: [{ path: ["spec", "valuesContent"], form: "string" }],
      // Flux: helm.toolkit.fluxcd.io
      HelmRelease: [{ path: ["spec", "values"], form: "object" }],
      // Argo CD: argoproj.io/v1alpha1 (multi-source applications are added below)
      Application: [
        { path: ["spec", "source", "helm", "valuesObject"], form: "object" },
        { path: ["spec", "source", "helm", "values"], form: "string" }
      ]
    };
    K3S_RANGE_KEYS = ["cluster-cidr", "service-cidr"];
    K3S_CONFIG_KIND = "K3sConfig";
  }
});

// src/facts/cluster-facts.ts
function configuredFacts(config2, scopeName) {
  const cluster = config2.clusters.find((entry) => entry.name === scopeName);
  return cluster ?? config2;
}
function clusterFacts(scope, config2) {
  let facts = cache.get(scope);
  if (facts === void 0) {
    facts = collectFacts(scope, config2);
    cache.set(scope, facts);
  }
  return facts;
}
function collectFacts(scope, config2) {
  const facts = { ranges: [], envPools: [], cniPoolReferences: [], maxNodes: void 0, maxBlocksPerHost: void 0 };
  const configured = configuredFacts(config2, scope.name);
  const configFile = config2.filePath === void 0 ? "the configuration" : "the configuration file";
  for (const [key, role] of [["podCidrs", "pods"], ["serviceCidrs", "services"], ["nodeCidrs", "nodes"]]) {
    for (const text of configured[key] ?? []) {
      const range = parseRange(text);
      if (range) facts.ranges.push({ range, role, source: `\`${key}\` in ${configFile}`, location: void 0 });
    }
  }
  facts.maxNodes = configured.maxNodes;
  for (const resource of scope.resources) readResource(resource, facts);
  return facts;
}
function atResource(resource) {
  return (path19, span) => {
    if (span === void 0) return { resource, path: path19 };
    const fullPath = [...resource.path, ...path19];
    return lazyRange(resource, () => substringRange(resource.doc, fullPath, span.text, span.start, span.end));
  };
}
function atEmbedded(host, doc) {
  return (path19, span) => lazyRange(host, () => span === void 0 ? doc.locate(path19) : substringRange(doc, path19, span.text, span.start, span.end));
}
function lazyRange(resource, compute) {
  let range;
  return {
    resource,
    get range() {
      return range ??= compute();
    }
  };
}
function readResource(resource, facts) {
  const { kind, apiVersion, object } = resource;
  const at2 = atResource(resource);
  const group = apiVersion.split("/")[0] ?? "";
  if (kind === "ClusterConfiguration" && group === "kubeadm.k8s.io") {
    readKubeadm(object, at2, facts);
  } else if (kind === "KubeProxyConfiguration" && group === "kubeproxy.config.k8s.io") {
    readKubeProxy(object, at2, facts);
  } else if (kind === "Cluster" && group === "cluster.x-k8s.io") {
    for (const [key, role] of [["pods", "pods"], ["services", "services"]]) {
      listOf(getIn(object, ["spec", "clusterNetwork", key, "cidrBlocks"])).forEach((text, i) => pushText(facts, text, role, `Cluster API Cluster \`spec.clusterNetwork.${key}.cidrBlocks\``, at2, ["spec", "clusterNetwork", key, "cidrBlocks", i]));
    }
  } else if (kind === K3S_CONFIG_KIND) {
    pushCommaList(facts, object["cluster-cidr"], "pods", "k3s/RKE2 `cluster-cidr`", at2, ["cluster-cidr"]);
    pushCommaList(facts, object["service-cidr"], "services", "k3s/RKE2 `service-cidr`", at2, ["service-cidr"]);
  } else if (kind === "IPAddressPool" && group === "metallb.io") {
    listOf(getIn(object, ["spec", "addresses"])).forEach((text, i) => pushText(facts, text, "load-balancer", `MetalLB ${resource.displayName}`, at2, ["spec", "addresses", i]));
  } else if (kind === "BGPConfiguration" && isCalicoGroup(group)) {
    for (const [key, role] of BGP_RANGES) {
      const entries = getIn(object, ["spec", key]);
      if (!Array.isArray(entries)) continue;
      entries.forEach((entry, i) => {
        if (isPlainObject(entry)) pushText(facts, entry.cidr, role, `BGPConfiguration \`spec.${key}\``, at2, ["spec", key, i, "cidr"]);
      });
    }
  } else if (kind === "IPReservation" && isCalicoGroup(group)) {
    listOf(getIn(object, ["spec", "reservedCIDRs"])).forEach((text, i) => pushText(facts, text, "reservation", `IPReservation ${quote(resource.name ?? "(unnamed)")}`, at2, ["spec", "reservedCIDRs", i]));
  } else if (kind === "IPAMConfiguration" && isCalicoGroup(group)) {
    const value = getIn(object, ["spec", "maxBlocksPerHost"]);
    if (typeof value === "number" && value > 0) facts.maxBlocksPerHost = { value, location: at2(["spec", "maxBlocksPerHost"]) };
  } else if (kind === "Installation" && apiVersion === "operator.tigera.io/v1") {
    for (const [key, family] of [["nodeAddressAutodetectionV4", 4], ["nodeAddressAutodetectionV6", 6]]) {
      listOf(getIn(object, ["spec", "calicoNetwork", key, "cidrs"])).forEach((text, i) => {
        const range = typeof text === "string" ? parseRange(text) : void 0;
        if (range?.family === family) {
          facts.ranges.push({ range, role: "nodes", source: `Installation \`calicoNetwork.${key}.cidrs\``, location: at2(["spec", "calicoNetwork", key, "cidrs", i]) });
        }
      });
    }
  } else if (kind === "ConfigMap") {
    readConfigMap(resource, facts);
  }
  const templatePath = Object.hasOwn(POD_TEMPLATE_PATHS, kind) ? POD_TEMPLATE_PATHS[kind] : void 0;
  if (templatePath !== void 0) readContainers(resource, [...templatePath, "spec", "containers"], facts);
}
function isCalicoGroup(group) {
  return group === "projectcalico.org" || group === "crd.projectcalico.org";
}
function readKubeadm(object, at2, facts) {
  pushCommaList(facts, getIn(object, ["networking", "podSubnet"]), "pods", "kubeadm ClusterConfiguration `networking.podSubnet`", at2, ["networking", "podSubnet"]);
  pushCommaList(facts, getIn(object, ["networking", "serviceSubnet"]), "services", "kubeadm ClusterConfiguration `networking.serviceSubnet`", at2, ["networking", "serviceSubnet"]);
}
function readKubeProxy(object, at2, facts) {
  pushCommaList(facts, getIn(object, ["clusterCIDR"]), "pods", "kube-proxy `clusterCIDR`", at2, ["clusterCIDR"]);
}
function readConfigMap(resource, facts) {
  const data = getIn(resource.object, ["data"]);
  if (!isPlainObject(data)) return;
  const embedded = (key) => {
    const text = data[key];
    if (typeof text !== "string") return [];
    return embeddedDocuments(resource.doc, [...resource.path, "data", key], text).map((doc) => ({ doc, at: atEmbedded(resource, doc) }));
  };
  if (resource.name === "kubeadm-config") {
    for (const { doc, at: at2 } of embedded("ClusterConfiguration")) readKubeadm(doc.value, at2, facts);
  } else if (resource.name === "kube-proxy") {
    for (const { doc, at: at2 } of embedded("config.conf")) readKubeProxy(doc.value, at2, facts);
  } else if (resource.name === "calico-config") {
    for (const { doc, at: at2 } of embedded("cni_network_config")) readCniConfig(doc.value, at2, facts);
  }
}
function readCniConfig(value, at2, facts) {
  const plugins = getIn(value, ["plugins"]);
  const configs = Array.isArray(plugins) ? plugins.map((config2, i) => ({ config: config2, path: ["plugins", i] })) : [{ config: value, path: [] }];
  for (const { config: config2, path: path19 } of configs) {
    if (!isPlainObject(config2) || config2.type !== "calico") continue;
    for (const [key, family] of [["ipv4_pools", 4], ["ipv6_pools", 6]]) {
      listOf(getIn(config2, ["ipam", key])).forEach((entry, i) => {
        if (typeof entry === "string") facts.cniPoolReferences.push({ family, entry, location: at2([...path19, "ipam", key, i]) });
      });
    }
  }
}
function readContainers(resource, containersPath, facts) {
  const containers = getIn(resource.object, containersPath);
  if (!Array.isArray(containers)) return;
  const at2 = atResource(resource);
  containers.forEach((container, c2) => {
    if (!isPlainObject(container) || typeof container.name !== "string") return;
    const name = container.name;
    for (const field of ["command", "args"]) {
      listOf(container[field]).forEach((argument, a) => {
        if (typeof argument !== "string") return;
        const match = /^(--[a-z-]+)=(.*)$/.exec(argument);
        const flag = match ? FLAG_ROLES[match[1]] : void 0;
        if (!match || !flag?.containers.includes(name)) return;
        const path19 = [...containersPath, c2, field, a];
        splitList(match[2], match[1].length + 1).forEach(({ text, start }) => {
          const range = parseRange(text);
          if (range) {
            facts.ranges.push({ range, role: flag.role, source: `${name} \`${match[1]}\``, location: at2(path19, { text: argument, start, end: start + text.length }) });
          }
        });
      });
    }
    if (name === "calico-node") readCalicoNodeEnv(container, [...containersPath, c2], at2, facts);
  });
}
function readCalicoNodeEnv(container, containerPath, at2, facts) {
  const env = listOf(container.env);
  const valueOf = (name) => {
    const index = env.findIndex((entry) => isPlainObject(entry) && entry.name === name && typeof entry.value === "string");
    return index === -1 ? void 0 : { value: env[index].value, index };
  };
  for (const family of [4, 6]) {
    const variable = `CALICO_IPV${family}POOL_CIDR`;
    const found = valueOf(variable);
    if (found === void 0) continue;
    const parsed = parseCidr(found.value);
    const blockSizeText = valueOf(`CALICO_IPV${family}POOL_BLOCK_SIZE`)?.value;
    facts.envPools.push({
      family,
      variable,
      text: found.value,
      cidr: parsed.ok ? parsed.cidr : void 0,
      blockSize: blockSizeText !== void 0 && /^\d+$/.test(blockSizeText) ? Number(blockSizeText) : void 0,
      location: at2([...containerPath, "env", found.index, "value"])
    });
  }
}
function listOf(value) {
  return Array.isArray(value) ? value : [];
}
function splitList(text, base = 0) {
  const entries = [];
  let offset = 0;
  for (const part of text.split(",")) {
    const lead = part.length - part.trimStart().length;
    if (part.trim() !== "") entries.push({ text: part.trim(), start: base + offset + lead });
    offset += part.length + 1;
  }
  return entries;
}
function pushText(facts, text, role, source, at2, path19) {
  if (typeof text !== "string") return;
  const range = parseRange(text);
  if (range) facts.ranges.push({ range, role, source, location: at2(path19) });
}
function pushCommaList(facts, value, role, source, at2, path19) {
  if (typeof value !== "string") return;
  const entries = splitList(value);
  for (const { text, start } of entries) {
    const range = parseRange(text);
    if (!range) continue;
    const location = entries.length === 1 && start === 0 && text === value ? at2(path19) : at2(path19, { text: value, start, end: start + text.length });
    facts.ranges.push({ range, role, source, location });
  }
}
function parseRange(text) {
  const dash = text.indexOf("-");
  if (dash === -1 || text.includes("/")) {
    const parsed = parseCidr(text.trim());
    if (!parsed.ok) return void 0;
    const { family: family2, first, last, canonical } = parsed.cidr;
    return { family: family2, first, last, text: canonical };
  }
  const from = parseCidr(text.slice(0, dash).trim());
  const to = parseCidr(text.slice(dash + 1).trim());
  if (!from.ok || !to.ok || from.cidr.family !== to.cidr.family || from.cidr.first > to.cidr.first) return void 0;
  const family = from.cidr.family;
  return { family, first: from.cidr.first, last: to.cidr.first, text: `${formatAddress(from.cidr.first, family)}-${formatAddress(to.cidr.first, family)}` };
}
function rangesOverlap(a, b) {
  return a.family === b.family && a.first <= b.last && b.first <= a.last;
}
function rangeContains(outer, inner) {
  return outer.family === inner.family && outer.first <= inner.first && inner.last <= outer.last;
}
var cache, BGP_RANGES, FLAG_ROLES, ROLE_NAMES;
var init_cluster_facts = __esm({
  "src/facts/cluster-facts.ts"() {
    "use strict";
    init_cidr();
    init_text();
    init_embedded();
    init_resource();
    cache = /* @__PURE__ */ new WeakMap();
    BGP_RANGES = [
      ["serviceClusterIPs", "bgp-service-cluster-ips"],
      ["serviceExternalIPs", "bgp-service-external-ips"],
      ["serviceLoadBalancerIPs", "bgp-service-load-balancer-ips"]
    ];
    FLAG_ROLES = {
      "--service-cluster-ip-range": { role: "services", containers: ["kube-apiserver", "kube-controller-manager"] },
      "--cluster-cidr": { role: "pods", containers: ["kube-controller-manager", "kube-proxy"] }
    };
    ROLE_NAMES = {
      pods: "pod CIDR",
      services: "Service range",
      nodes: "node network",
      "load-balancer": "load-balancer range",
      "bgp-service-cluster-ips": "BGP-advertised Service cluster IP range",
      "bgp-service-external-ips": "BGP-advertised Service external IP range",
      "bgp-service-load-balancer-ips": "BGP-advertised Service load-balancer IP range",
      reservation: "IP reservation"
    };
  }
});

// src/facts/pools.ts
function distinctPools(pools) {
  const seen = /* @__PURE__ */ new Set();
  const distinct = [];
  for (const pool of pools) {
    if (!pool.cidr) continue;
    if (pool.name !== void 0) {
      if (seen.has(pool.name)) continue;
      seen.add(pool.name);
    }
    distinct.push(pool);
  }
  return distinct;
}
function poolLabel(pool) {
  const kind = pool.definition.origin === "IPPool" ? "IPPool" : "Installation pool";
  return `${kind} ${quote(pool.name ?? "(unnamed)")}${pool.cidr ? ` (${pool.cidr.canonical})` : ""}`;
}
function cidrLocation(pool) {
  return { resource: pool.definition.resource, path: [...pool.definition.specPath, "cidr"] };
}
function allowedUses(pool) {
  const uses = pool.definition.spec.allowedUses;
  return Array.isArray(uses) && uses.length > 0 ? uses.filter((use) => typeof use === "string") : ["Workload", "Tunnel"];
}
function isLoadBalancerPool(pool) {
  return allowedUses(pool).includes("LoadBalancer");
}
function blockSizeOf(pool) {
  const written2 = pool.definition.spec.blockSize;
  return typeof written2 === "number" && Number.isInteger(written2) ? written2 : pool.cidr.family === 4 ? 26 : 122;
}
function isDisabled(pool) {
  const spec = pool.definition.spec;
  return pool.definition.origin === "Installation" ? spec.disableNewAllocations === true : spec.disabled === true;
}
function factOrigin(fact, context) {
  return fact.location ? `${fact.source} at ${context.where(fact.location)}` : fact.source;
}
function factRelated(fact, message2) {
  return fact.location ? [{ ...fact.location, message: message2 }] : [];
}
function isKubeadm(fact) {
  return fact.source.startsWith("kubeadm");
}
function podRangesLeftOut(pool, podRanges) {
  const sameFamily = podRanges.filter((fact) => fact.range.family === pool.cidr.family);
  return sameFamily.some((fact) => rangeContains(fact.range, pool.cidr)) ? [] : sameFamily;
}
var FACT_TEXT;
var init_pools = __esm({
  "src/facts/pools.ts"() {
    "use strict";
    init_text();
    init_cluster_facts();
    FACT_TEXT = /IPPool|Installation|calicoNetwork|ClusterConfiguration|clusterNetwork|cluster-cidr|service-cidr|service-cluster-ip-range|clusterCIDR|IPAddressPool|BGPConfiguration|IPReservation|IPAMConfiguration|calico-node|calico-config/;
  }
});

// src/config/calico-version.ts
function normalizeCalicoVersion(text) {
  const match = VERSION.exec(text.trim());
  if (!match) return void 0;
  const major = Number(match[1]);
  const minor = Number(match[2]);
  if (major !== 3 || minor > 999) return void 0;
  return `${major}.${minor}`;
}
function calicoAtLeast(target, release) {
  const [targetMajor, targetMinor] = target.split(".").map(Number);
  const [major, minor] = release.split(".").map(Number);
  return targetMajor > major || targetMajor === major && targetMinor >= minor;
}
var DEFAULT_CALICO_VERSION, VERSION, CALICO_VERSION_EXAMPLE;
var init_calico_version = __esm({
  "src/config/calico-version.ts"() {
    "use strict";
    DEFAULT_CALICO_VERSION = "3.32";
    VERSION = /^v?(\d+)\.(\d+)(?:\.\d+)?$/;
    CALICO_VERSION_EXAMPLE = 'a Calico release such as "3.30" (major.minor)';
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path19, { windows } = {}) => {
      const segs = path19.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token2) => {
      if (token2.isPrefix !== true) {
        token2.depth = token2.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob2 = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token2 = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token2.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token2.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token2.isBrace = true;
              isGlob2 = token2.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token2.isBrace = true;
              isGlob2 = token2.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token2.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token2);
          token2 = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob2 = token2.isGlob = true;
            isExtglob = token2.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token2.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token2.isGlobstar = true;
          isGlob2 = token2.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob2 = token2.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token2.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token2.isBracket = true;
              isGlob2 = token2.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token2.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob2 = token2.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token2.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob2 === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob2 = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob2 === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob2 === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob: isGlob2,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token2);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants3 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants3;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote2 === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          continue;
        }
        if (quote2 === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants3.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse2 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants3.globChars(opts.windows);
      const EXTGLOB_CHARS = constants3.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token2) => {
        state.output += token2.output != null ? token2.output : token2.value;
        consume(token2.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push2 = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token2 = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token2.prev = prev;
        token2.parens = state.parens;
        token2.output = state.output;
        token2.startIndex = state.index;
        token2.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token2.open;
        increment("parens");
        push2({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push2({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token2);
      };
      const extglobClose = (token2) => {
        const literal = input.slice(token2.startIndex, state.index + 1);
        const body = input.slice(token2.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token2.type === "plus" || token2.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token2.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open3 = tokens[token2.tokensIndex];
          open3.type = "text";
          open3.value = literal;
          open3.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token2.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token2.output + open3.output;
          state.backtrack = true;
          push2({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token2.close + (opts.capture ? ")" : "");
        let rest;
        if (token2.type === "negate") {
          let extglobStar = star;
          if (token2.inner && token2.inner.length > 1 && token2.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token2.close = `)$))${extglobStar}`;
          }
          if (token2.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
            output = token2.close = `)${expression})${extglobStar})`;
          }
          if (token2.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push2({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc2, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc2) {
              return esc2 + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc2) {
              return esc2 + first + (rest ? star : "");
            }
            return star;
          }
          return esc2 ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push2({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push2({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push2({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push2({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push2({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push2({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push2({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push2({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open3 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open3);
          push2(open3);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push2({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push2({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push2({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push2({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push2({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push2({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push2({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push2({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push2({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push2({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push2({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push2({ type: "plus", value });
            continue;
          }
          push2({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push2({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push2({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push2({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push2({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push2({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push2({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push2({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token2 = { type: "star", value, output: star };
        if (opts.bash === true) {
          token2.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token2.output = nodot + token2.output;
          }
          push2(token2);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token2.output = value;
          push2(token2);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push2(token2);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push2({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token2 of state.tokens) {
          state.output += token2.output != null ? token2.output : token2.value;
          if (token2.suffix) {
            state.output += token2.suffix;
          }
        }
      }
      return state;
    };
    parse2.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants3.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse2 = require_parse();
    var utils = require_utils();
    var constants3 = require_constants();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch6 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch6(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch6.compileRe(glob, options) : picomatch6.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored2 = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored2 = picomatch6(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch6.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored2(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch6.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch6.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch6.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch6.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch6.isMatch = (str, patterns, options) => picomatch6(patterns, options)(str);
    picomatch6.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch6.parse(p, options));
      return parse2(pattern, { ...options, fastpaths: false });
    };
    picomatch6.scan = (input, options) => scan(input, options);
    picomatch6.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch6.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch6.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse2.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse2(input, options);
      }
      return picomatch6.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch6.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch6.constants = constants3;
    module.exports = picomatch6;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch6(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch6, pico);
    module.exports = picomatch6;
  }
});

// src/size.ts
function parseSize(value) {
  if (typeof value === "number") return Number.isSafeInteger(value) && value > 0 ? value : void 0;
  if (value.length > MAX_SIZE_TEXT_LENGTH) return void 0;
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim());
  if (!match) return void 0;
  const unitName = match[2].toLowerCase();
  if (!Object.hasOwn(UNITS, unitName)) return void 0;
  const unit = UNITS[unitName];
  const bytes = Math.floor(Number(match[1]) * unit);
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : void 0;
}
function formatSize(bytes) {
  if (bytes < 1024) return bytes === 1 ? "1 byte" : `${bytes} bytes`;
  for (const [unit, size] of [["GB", 1024 ** 3], ["MB", 1024 ** 2], ["KB", 1024]]) {
    if (bytes >= size) {
      const value = bytes / size;
      return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
    }
  }
  return `${bytes} bytes`;
}
var DEFAULT_MAX_FILE_SIZE, UNITS, MAX_SIZE_TEXT_LENGTH, SIZE_EXAMPLE;
var init_size = __esm({
  "src/size.ts"() {
    "use strict";
    DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
    UNITS = {
      "": 1,
      b: 1,
      k: 1024,
      kb: 1024,
      kib: 1024,
      m: 1024 ** 2,
      mb: 1024 ** 2,
      mib: 1024 ** 2,
      g: 1024 ** 3,
      gb: 1024 ** 3,
      gib: 1024 ** 3
    };
    MAX_SIZE_TEXT_LENGTH = 64;
    SIZE_EXAMPLE = "a number of bytes, or a number with KB, MB or GB, such as 10MB";
  }
});

// src/config/defaults.ts
function defaultSettings() {
  return {
    defaultNamespace: "default",
    infraPools: [],
    hostNetwork: { allow: [], allowNodeNetworkComponents: true },
    reservedCidrs: [],
    intranetCidrs: [],
    clusters: [],
    ignores: [],
    rules: {},
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    calicoVersion: DEFAULT_CALICO_VERSION
  };
}
var DEFAULT_SCOPE;
var init_defaults = __esm({
  "src/config/defaults.ts"() {
    "use strict";
    init_calico_version();
    init_size();
    DEFAULT_SCOPE = "default";
  }
});

// src/read/read-sources.ts
import { isUtf8 } from "node:buffer";
import { closeSync, constants as constants2, fstatSync, openSync, readFileSync, readSync, statSync } from "node:fs";
function readSourceSync(filePath, options = {}) {
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const small = readSmallSource(filePath, maxFileSize);
  if (small !== void 0) return small;
  try {
    const info = statSync(filePath);
    if (info.isFile() && info.size <= maxFileSize) {
      const text = readFileSync(filePath, { encoding: "utf8", flag: NON_BLOCKING_READ });
      if (text.length <= maxFileSize && !text.includes("�") && !text.includes("\0")) {
        return { filePath, text: text.charCodeAt(0) === 65279 ? text.slice(1) : text };
      }
    }
  } catch {
  }
  return readSourceChecked(filePath, maxFileSize, options);
}
function readSmallSource(filePath, maxFileSize) {
  const capacity = Math.min(SMALL_FILE, maxFileSize + 1);
  scratch ??= Buffer.allocUnsafe(SMALL_FILE);
  let length = 0;
  let fd;
  try {
    fd = openSync(filePath, NON_BLOCKING_READ);
  } catch {
    return void 0;
  }
  try {
    for (; ; ) {
      const bytesRead = readSync(fd, scratch, length, capacity - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length >= capacity) return void 0;
    }
  } catch {
    return void 0;
  } finally {
    try {
      closeSync(fd);
    } catch {
    }
  }
  const bytes = scratch.subarray(0, length);
  if (bytes.indexOf(0) !== -1 || !isUtf8(bytes)) return void 0;
  const text = bytes.toString("utf8");
  return { filePath, text: text.charCodeAt(0) === 65279 ? text.slice(1) : text };
}
function readSourceChecked(filePath, maxFileSize, options) {
  const read = readRegularFileSync(filePath, maxFileSize);
  if (!read.ok) return { filePath, text: "", problem: read.problem };
  return decodeSource(filePath, read.bytes, options);
}
async function readRegularFile(filePath, maxBytes) {
  return readRegularFileSync(filePath, maxBytes);
}
function readRegularFileSync(filePath, maxBytes) {
  let fd;
  try {
    fd = openSync(filePath, constants2.O_RDONLY | constants2.O_NONBLOCK | (constants2.O_NOCTTY ?? 0));
  } catch (error2) {
    return { ok: false, problem: cannotRead(filePath, error2) };
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) return { ok: false, problem: `not linted: ${describeFileType(opened)}` };
    if (opened.size > maxBytes) return tooLarge(opened.size, maxBytes, true);
    let chunk = Buffer.allocUnsafe(Math.min(maxBytes + 1, opened.size + 1));
    let length = 0;
    for (; ; ) {
      if (length === chunk.length) {
        if (length > maxBytes) return tooLarge(Math.max(length, opened.size), maxBytes, opened.size > maxBytes);
        const bigger = Buffer.allocUnsafe(Math.min(maxBytes + 1, chunk.length * 2));
        chunk.copy(bigger, 0, 0, length);
        chunk = bigger;
      }
      const bytesRead = readSync(fd, chunk, length, chunk.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return tooLarge(Math.max(length, opened.size), maxBytes, opened.size > maxBytes);
    return { ok: true, bytes: chunk.subarray(0, length) };
  } catch (error2) {
    return { ok: false, problem: cannotRead(filePath, error2) };
  } finally {
    try {
      closeSync(fd);
    } catch {
    }
  }
}
function cannotRead(filePath, error2) {
  if (error2?.code === "ENOENT" && filePath.includes("�")) {
    return "cannot read file: its name is not valid UTF-8";
  }
  return `cannot read file: ${describeFsError(error2)}`;
}
function tooLarge(size, maxBytes, exact) {
  return {
    ok: false,
    tooLarge: true,
    problem: `File too large to lint: ${formatSize(size)}${exact ? "" : " or more"}, over the ${formatSize(maxBytes)} limit. Raise the limit with --max-file-size or \`maxFileSize\` in the configuration to lint it`
  };
}
function decodeSource(filePath, bytes, options = {}) {
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (bytes.length > maxFileSize) {
    const result = tooLarge(bytes.length, maxFileSize, true);
    return { filePath, text: "", problem: result.problem };
  }
  if (startsWithUtf16Bom(bytes)) {
    return { filePath, text: "", problem: "UTF-16 text (it starts with a UTF-16 byte-order mark): save the file as UTF-8" };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      filePath,
      text: "",
      problem: "binary file (contains NUL bytes), not a manifest",
      problemRange: positionOf(bytes, nul)
    };
  }
  try {
    return { filePath, text: utf82.decode(bytes) };
  } catch {
    return {
      filePath,
      text: "",
      problem: "not valid UTF-8 text, so not a manifest kubectl would read",
      problemRange: positionOf(bytes, firstInvalidUtf8(bytes))
    };
  }
}
function startsWithUtf16Bom(bytes) {
  return bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255);
}
function positionOf(bytes, offset) {
  let line = 1;
  let lineStart2 = 0;
  for (let i = bytes.indexOf(10); i !== -1 && i < offset; i = bytes.indexOf(10, i + 1)) {
    line++;
    lineStart2 = i + 1;
  }
  let before = new TextDecoder("utf-8").decode(bytes.subarray(lineStart2, offset));
  if (line === 1 && before.charCodeAt(0) === 65279) before = before.slice(1);
  const column = before.length + 1;
  return { line, column, endLine: line, endColumn: column + 1 };
}
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i];
    let length;
    let min;
    if (byte < 128) {
      i++;
      continue;
    } else if (byte >= 194 && byte <= 223) {
      length = 2;
      min = 128;
    } else if (byte >= 224 && byte <= 239) {
      length = 3;
      min = 2048;
    } else if (byte >= 240 && byte <= 244) {
      length = 4;
      min = 65536;
    } else {
      return i;
    }
    if (i + length > bytes.length) return i;
    let code = byte & 255 >> length + 1;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if ((next & 192) !== 128) return i;
      code = code << 6 | next & 63;
    }
    if (code < min || code > 1114111 || code >= 55296 && code <= 57343) return i;
    i += length;
  }
  return bytes.length;
}
var NON_BLOCKING_READ, SMALL_FILE, scratch, utf82;
var init_read_sources = __esm({
  "src/read/read-sources.ts"() {
    "use strict";
    init_size();
    init_errors();
    NON_BLOCKING_READ = constants2.O_RDONLY | constants2.O_NONBLOCK | (constants2.O_NOCTTY ?? 0);
    SMALL_FILE = 256 * 1024;
    utf82 = new TextDecoder("utf-8", { fatal: true });
  }
});

// src/config/config-root.ts
import { existsSync as existsSync2 } from "node:fs";
import path3 from "node:path";
function repositoryRootOf(start) {
  let dir = path3.resolve(start);
  for (; ; ) {
    if (existsSync2(path3.join(dir, ".git"))) return dir;
    const parent = path3.dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
function isInside(folder, root) {
  const relative = path3.relative(root, folder);
  return relative === "" || !relative.startsWith("..") && !path3.isAbsolute(relative);
}
function configBaseDir(configFile, cwd) {
  const configDir = path3.dirname(path3.resolve(cwd, configFile));
  const root = repositoryRootOf(cwd);
  if (root === void 0 || isInside(configDir, root)) return configDir;
  const otherCheckout = repositoryRootOf(configDir);
  if (otherCheckout === void 0) return root;
  return path3.join(root, path3.relative(otherCheckout, configDir));
}
var init_config_root = __esm({
  "src/config/config-root.ts"() {
    "use strict";
  }
});

// src/discover/repository.ts
import { lstatSync as lstatSync2 } from "node:fs";
import path4 from "node:path";
function repositoryOf(dir) {
  for (let current = dir; ; current = path4.dirname(current)) {
    try {
      lstatSync2(path4.join(current, ".git"));
      return current;
    } catch {
    }
    if (path4.dirname(current) === current) return void 0;
  }
}
var init_repository = __esm({
  "src/discover/repository.ts"() {
    "use strict";
  }
});

// node_modules/zod/v4/core/util.js
var util_exports = {};
__export(util_exports, {
  BIGINT_FORMAT_RANGES: () => BIGINT_FORMAT_RANGES,
  CONSTANT_CATCH: () => CONSTANT_CATCH,
  Class: () => Class,
  NUMBER_FORMAT_RANGES: () => NUMBER_FORMAT_RANGES,
  aborted: () => aborted,
  allowsEval: () => allowsEval,
  assert: () => assert,
  assertEqual: () => assertEqual,
  assertIs: () => assertIs,
  assertNever: () => assertNever,
  assertNotEqual: () => assertNotEqual,
  assignProp: () => assignProp,
  attachSchema: () => attachSchema,
  base64ToUint8Array: () => base64ToUint8Array,
  base64urlToUint8Array: () => base64urlToUint8Array,
  cached: () => cached,
  captureStackTrace: () => captureStackTrace,
  cleanEnum: () => cleanEnum,
  cleanRegex: () => cleanRegex,
  clone: () => clone,
  cloneDef: () => cloneDef,
  codePointLength: () => codePointLength,
  constantCatch: () => constantCatch,
  createTransparentProxy: () => createTransparentProxy,
  defineLazy: () => defineLazy,
  defineLazyInternal: () => defineLazyInternal,
  derived: () => derived,
  esc: () => esc,
  escapeRegex: () => escapeRegex,
  explicitlyAborted: () => explicitlyAborted,
  extend: () => extend,
  finalizeIssue: () => finalizeIssue,
  floatSafeRemainder: () => floatSafeRemainder,
  getElementAtPath: () => getElementAtPath,
  getEnumValues: () => getEnumValues,
  getLengthableOrigin: () => getLengthableOrigin,
  getParsedType: () => getParsedType,
  getSizableOrigin: () => getSizableOrigin,
  hexToUint8Array: () => hexToUint8Array,
  hide: () => hide,
  installLazyProp: () => installLazyProp,
  isObject: () => isObject,
  isPlainObject: () => isPlainObject3,
  issue: () => issue,
  joinValues: () => joinValues,
  jsonStringifyReplacer: () => jsonStringifyReplacer,
  members: () => members,
  merge: () => merge,
  mergeDefs: () => mergeDefs,
  normalizeParams: () => normalizeParams,
  nullish: () => nullish,
  numKeys: () => numKeys,
  objectClone: () => objectClone,
  omit: () => omit,
  optionalKeys: () => optionalKeys,
  own: () => own,
  parsedType: () => parsedType,
  partial: () => partial,
  pick: () => pick,
  prefixIssues: () => prefixIssues,
  primitiveTypes: () => primitiveTypes,
  promiseAllObject: () => promiseAllObject,
  propertyKeyTypes: () => propertyKeyTypes,
  randomString: () => randomString,
  rawShape: () => rawShape,
  required: () => required,
  safeExtend: () => safeExtend,
  shallowClone: () => shallowClone,
  sizeCaps: () => sizeCaps,
  slugify: () => slugify,
  stringifyPrimitive: () => stringifyPrimitive,
  toZod: () => toZod,
  uint8ArrayToBase64: () => uint8ArrayToBase64,
  uint8ArrayToBase64url: () => uint8ArrayToBase64url,
  uint8ArrayToHex: () => uint8ArrayToHex,
  unwrapMessage: () => unwrapMessage
});
function assertEqual(val) {
  return val;
}
function assertNotEqual(val) {
  return val;
}
function toZod() {
  return (schema) => schema;
}
function assertIs(_arg) {
}
function assertNever(_x) {
  throw new Error("Unexpected value in exhaustive check");
}
function assert(_) {
}
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
  const ratio = val / step;
  const roundedRatio = Math.round(ratio);
  const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
  if (Math.abs(ratio - roundedRatio) < tolerance)
    return 0;
  return ratio - roundedRatio;
}
function defineLazy(object, key, getter) {
  let value = void 0;
  Object.defineProperty(object, key, {
    get() {
      if (value === EVALUATING) {
        return void 0;
      }
      if (value === void 0) {
        value = EVALUATING;
        value = getter();
      }
      return value;
    },
    set(v) {
      Object.defineProperty(object, key, {
        value: v
        // configurable: true,
      });
    },
    configurable: true
  });
}
function objectClone(obj) {
  return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
function rawShape(def) {
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  return desc?.get ? desc.get.raw : desc?.value;
}
function sourceShape(schema) {
  return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
function deferProp(target, key, getter) {
  Object.defineProperty(target, key, {
    get() {
      const value = getter();
      assignProp(this, key, value);
      return value;
    },
    enumerable: true,
    configurable: true
  });
}
function putProp(target, key, value) {
  if (key in target)
    assignProp(target, key, value);
  else
    target[key] = value;
}
function mirrorShape(target, source, keys, wrap) {
  const raw = sourceShape(source);
  for (const key of keys) {
    const desc = Object.getOwnPropertyDescriptor(raw, key);
    if (!desc.enumerable)
      continue;
    if (desc.get) {
      deferProp(target, key, () => {
        const value = source._zod.def.shape[key];
        return wrap ? wrap(value, key) : value;
      });
    } else
      putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
  }
}
function mirrorProps(target, source) {
  for (const key of Reflect.ownKeys(source)) {
    const desc = Object.getOwnPropertyDescriptor(source, key);
    if (!desc.enumerable)
      continue;
    if (desc.get)
      deferProp(target, key, () => source[key]);
    else
      putProp(target, key, desc.value);
  }
}
function mergeDefs(...defs) {
  const mergedDescriptors = {};
  for (const def of defs) {
    const descriptors = Object.getOwnPropertyDescriptors(def);
    Object.assign(mergedDescriptors, descriptors);
  }
  return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
  return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path19) {
  if (!path19)
    return obj;
  return path19.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
  const keys = Object.keys(promisesObj);
  const promises = keys.map((key) => promisesObj[key]);
  return Promise.all(promises).then((results) => {
    const resolvedObj = {};
    for (let i = 0; i < keys.length; i++) {
      resolvedObj[keys[i]] = results[i];
    }
    return resolvedObj;
  });
}
function randomString(length = 10) {
  const chars = "abcdefghijklmnopqrstuvwxyz";
  let str = "";
  for (let i = 0; i < length; i++) {
    str += chars[Math.floor(Math.random() * chars.length)];
  }
  return str;
}
function esc(str) {
  return JSON.stringify(str);
}
function slugify(input) {
  return input.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
function isPlainObject3(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function shallowClone(o) {
  if (isPlainObject3(o))
    return { ...o };
  if (Array.isArray(o))
    return [...o];
  if (o instanceof Map)
    return new Map(o);
  if (o instanceof Set)
    return new Set(o);
  return o;
}
function numKeys(data) {
  let keyCount = 0;
  for (const key in data) {
    if (Object.prototype.hasOwnProperty.call(data, key)) {
      keyCount++;
    }
  }
  return keyCount;
}
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function createTransparentProxy(getter) {
  let target;
  return new Proxy({}, {
    get(_, prop, receiver) {
      target ?? (target = getter());
      return Reflect.get(target, prop, receiver);
    },
    set(_, prop, value, receiver) {
      target ?? (target = getter());
      return Reflect.set(target, prop, value, receiver);
    },
    has(_, prop) {
      target ?? (target = getter());
      return Reflect.has(target, prop);
    },
    deleteProperty(_, prop) {
      target ?? (target = getter());
      return Reflect.deleteProperty(target, prop);
    },
    ownKeys(_) {
      target ?? (target = getter());
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(_, prop) {
      target ?? (target = getter());
      return Reflect.getOwnPropertyDescriptor(target, prop);
    },
    defineProperty(_, prop, descriptor2) {
      target ?? (target = getter());
      return Reflect.defineProperty(target, prop, descriptor2);
    }
  });
}
function stringifyPrimitive(value) {
  if (typeof value === "bigint")
    return value.toString() + "n";
  if (typeof value === "string")
    return `"${value}"`;
  return `${value}`;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
function pick(schema, mask) {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".pick() cannot be used on object schemas containing refinements");
  }
  const newShape = {};
  mirrorShape(newShape, schema, maskedKeys(schema, mask));
  return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function maskedKeys(schema, mask) {
  const raw = sourceShape(schema);
  const keys = [];
  for (const key of Reflect.ownKeys(mask)) {
    if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
      throw new Error(`Unrecognized key: "${String(key)}"`);
    }
    if (mask[key])
      keys.push(key);
  }
  return keys;
}
function omit(schema, mask) {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".omit() cannot be used on object schemas containing refinements");
  }
  const omitted = new Set(maskedKeys(schema, mask));
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
  return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
  if (!isPlainObject3(shape)) {
    throw new Error("Invalid input to extend: expected a plain object");
  }
  const checks = schema._zod.def.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    const existingShape = sourceShape(schema);
    for (const key of Reflect.ownKeys(shape)) {
      if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) {
        throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
      }
    }
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function extended(schema, shape) {
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
  mirrorProps(newShape, shape);
  return newShape;
}
function safeExtend(schema, shape) {
  if (!isPlainObject3(shape)) {
    throw new Error("Invalid input to safeExtend: expected a plain object");
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
  if (!b?._zod?.def) {
    throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
  }
  if (a._zod.def.checks?.length) {
    throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
  }
  const newShape = {};
  mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
  mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
  const def = mergeDefs(a._zod.def, {
    shape: newShape,
    get catchall() {
      return b._zod.def.catchall;
    },
    checks: b._zod.def.checks ?? []
  });
  return clone(a, def);
}
function partial(Class2, schema, mask, name = "partial") {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
  }
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class2 && ((value, key) => selected && !selected.has(key) ? value : new Class2({ type: "optional", innerType: value })));
  return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class2, schema, mask) {
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => (
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class2({ type: "nonoptional", innerType: value })
  ));
  return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path19, issues) {
  return issues.map((iss) => {
    var _a3;
    (_a3 = iss).path ?? (_a3.path = []);
    iss.path.unshift(path19);
    return iss;
  });
}
function unwrapMessage(message2) {
  return typeof message2 === "string" ? message2 : message2?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a3;
  for (let i = start; i < issues.length; i++) {
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a3 = iss).schema ?? (_a3.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message2 = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message2;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
function getSizableOrigin(input) {
  if (input instanceof Set)
    return "set";
  if (input instanceof Map)
    return "map";
  if (input instanceof File)
    return "file";
  return "unknown";
}
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
      count--;
      i++;
    }
  }
  return count;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function parsedType(data) {
  const t = typeof data;
  switch (t) {
    case "number": {
      return Number.isNaN(data) ? "nan" : "number";
    }
    case "object": {
      if (data === null) {
        return "null";
      }
      if (Array.isArray(data)) {
        return "array";
      }
      const obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
        return obj.constructor.name;
      }
    }
  }
  return t;
}
function issue(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function cleanEnum(obj) {
  return Object.entries(obj).filter(([k, _]) => {
    return Number.isNaN(Number.parseInt(k, 10));
  }).map((el) => el[1]);
}
function base64ToUint8Array(base642) {
  const binaryString = atob(base642);
  const bytes = new Uint8Array(binaryString.length);
  for (let i = 0; i < binaryString.length; i++) {
    bytes[i] = binaryString.charCodeAt(i);
  }
  return bytes;
}
function uint8ArrayToBase64(bytes) {
  let binaryString = "";
  for (let i = 0; i < bytes.length; i++) {
    binaryString += String.fromCharCode(bytes[i]);
  }
  return btoa(binaryString);
}
function base64urlToUint8Array(base64url2) {
  const base642 = base64url2.replace(/-/g, "+").replace(/_/g, "/");
  const padding = "=".repeat((4 - base642.length % 4) % 4);
  return base64ToUint8Array(base642 + padding);
}
function uint8ArrayToBase64url(bytes) {
  return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
  const cleanHex = hex.replace(/^0x/, "");
  if (cleanHex.length % 2 !== 0) {
    throw new Error("Invalid hex string length");
  }
  const bytes = new Uint8Array(cleanHex.length / 2);
  for (let i = 0; i < cleanHex.length; i += 2) {
    bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
  }
  return bytes;
}
function uint8ArrayToHex(bytes) {
  return Array.from(bytes).map((b) => b.toString(16).padStart(2, "0")).join("");
}
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
// @__NO_SIDE_EFFECTS__
function derived(computes, table) {
  for (const key in computes) {
    const compute = computes[key];
    Object.defineProperty(table, key, {
      configurable: true,
      enumerable: true,
      get() {
        return own(this, key, compute(this));
      },
      set(value) {
        own(this, key, value);
      }
    });
  }
  return table;
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}
function constantCatch(value) {
  const fn = () => value;
  fn[CONSTANT_CATCH] = true;
  return fn;
}
var Cached, EVALUATING, captureStackTrace, allowsEval, getParsedType, propertyKeyTypes, primitiveTypes, NUMBER_FORMAT_RANGES, BIGINT_FORMAT_RANGES, highSurrogate, Class, installing, broke, breaker, CONSTANT_CATCH;
var init_util = __esm({
  "node_modules/zod/v4/core/util.js"() {
    init_core();
    Cached = class {
      constructor(getter) {
        this._getter = getter;
        this._value = void 0;
      }
      get value() {
        const getter = this._getter;
        if (getter !== void 0) {
          this._value = getter();
          this._getter = void 0;
        }
        return this._value;
      }
    };
    EVALUATING = /* @__PURE__ */ Symbol("evaluating");
    captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
    };
    allowsEval = /* @__PURE__ */ cached(() => {
      if (globalConfig.jitless) {
        return false;
      }
      if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
        return false;
      }
      try {
        const F = Function;
        new F("");
        return true;
      } catch (_) {
        return false;
      }
    });
    getParsedType = (data) => {
      const t = typeof data;
      switch (t) {
        case "undefined":
          return "undefined";
        case "string":
          return "string";
        case "number":
          return Number.isNaN(data) ? "nan" : "number";
        case "boolean":
          return "boolean";
        case "function":
          return "function";
        case "bigint":
          return "bigint";
        case "symbol":
          return "symbol";
        case "object":
          if (Array.isArray(data)) {
            return "array";
          }
          if (data === null) {
            return "null";
          }
          if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
            return "promise";
          }
          if (typeof Map !== "undefined" && data instanceof Map) {
            return "map";
          }
          if (typeof Set !== "undefined" && data instanceof Set) {
            return "set";
          }
          if (typeof Date !== "undefined" && data instanceof Date) {
            return "date";
          }
          if (typeof File !== "undefined" && data instanceof File) {
            return "file";
          }
          return "object";
        default:
          throw new Error(`Unknown data type: ${t}`);
      }
    };
    propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
    primitiveTypes = /* @__PURE__ */ new Set([
      "string",
      "number",
      "bigint",
      "boolean",
      "symbol",
      "undefined"
    ]);
    NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
      safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
      int32: [-2147483648, 2147483647],
      uint32: [0, 4294967295],
      float32: [-34028234663852886e22, 34028234663852886e22],
      float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
    }))();
    BIGINT_FORMAT_RANGES = {
      int64: [/* @__PURE__ */ BigInt("-9223372036854775808"), /* @__PURE__ */ BigInt("9223372036854775807")],
      uint64: [/* @__PURE__ */ BigInt(0), /* @__PURE__ */ BigInt("18446744073709551615")]
    };
    highSurrogate = /[\uD800-\uDBFF]/;
    Class = class {
      constructor(..._args) {
      }
    };
    broke = false;
    breaker = {
      configurable: true,
      get() {
        broke = true;
        return void 0;
      }
    };
    CONSTANT_CATCH = "~constantCatch";
  }
});

// node_modules/zod/v4/core/core.js
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer3, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer3(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}
var _a, NEVER2, _zodDesc, _E, $ZodAsyncError, $ZodEncodeError, globalConfig;
var init_core = __esm({
  "node_modules/zod/v4/core/core.js"() {
    init_util();
    NEVER2 = /* @__PURE__ */ Object.freeze({
      status: "aborted"
    });
    _zodDesc = { value: void 0, enumerable: false };
    _E = "captureStackTrace" in Error ? Error : null;
    $ZodAsyncError = class extends Error {
      constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
      }
    };
    $ZodEncodeError = class extends Error {
      constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
        this.name = "ZodEncodeError";
      }
    };
    (_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
    globalConfig = globalThis.__zod_globalConfig;
  }
});

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
function node(obj, key, make) {
  if (!Object.prototype.hasOwnProperty.call(obj, key)) {
    if (key === "__proto__") {
      Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
    } else {
      obj[key] = make();
    }
  }
  return obj[key];
}
function flattenError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = {};
  const formErrors = [];
  for (const sub of error2.issues) {
    if (sub.path.length > 0) {
      node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
    } else {
      formErrors.push(mapper(sub));
    }
  }
  return { formErrors, fieldErrors };
}
function formatError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = { _errors: [] };
  const processError = (error3, path19 = []) => {
    for (const issue2 of error3.issues) {
      if (issue2.code === "invalid_union" && issue2.errors.length) {
        issue2.errors.map((issues) => processError({ issues }, [...path19, ...issue2.path]));
      } else if (issue2.code === "invalid_key") {
        processError({ issues: issue2.issues }, [...path19, ...issue2.path]);
      } else if (issue2.code === "invalid_element") {
        processError({ issues: issue2.issues }, [...path19, ...issue2.path]);
      } else {
        const fullpath = [...path19, ...issue2.path];
        if (fullpath.length === 0) {
          fieldErrors._errors.push(mapper(issue2));
        } else {
          let curr = fieldErrors;
          let i = 0;
          while (i < fullpath.length) {
            const el = fullpath[i];
            const terminal = i === fullpath.length - 1;
            if (el === "_errors") {
              if (terminal)
                curr._errors.push(mapper(issue2));
              i++;
              continue;
            }
            if (!Object.prototype.hasOwnProperty.call(curr, el)) {
              Object.defineProperty(curr, el, {
                value: { _errors: [] },
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
            const node2 = curr[el];
            if (terminal) {
              node2._errors.push(mapper(issue2));
            }
            curr = node2;
            i++;
          }
        }
      }
    }
  };
  processError(error2);
  return fieldErrors;
}
var _messageDesc, _issuesDesc, _installedToString, initializer, $ZodError, $ZodRealError;
var init_errors2 = __esm({
  "node_modules/zod/v4/core/errors.js"() {
    init_core();
    init_util();
    _messageDesc = {
      get: _getMessage,
      set: _setMessage,
      enumerable: true,
      configurable: true
    };
    _issuesDesc = { value: void 0, enumerable: false };
    _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
    initializer = (inst, def) => {
      inst.name = "$ZodError";
      _issuesDesc.value = def;
      Object.defineProperty(inst, "issues", _issuesDesc);
      _issuesDesc.value = void 0;
      Object.defineProperty(inst, "message", _messageDesc);
      const proto = Object.getPrototypeOf(inst);
      if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
          configurable: true,
          enumerable: false,
          get() {
            const value = () => this.message;
            Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            return value;
          },
          set(value) {
            Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
          }
        });
      }
    };
    $ZodError = $constructor("$ZodError", initializer);
    $ZodRealError = $constructor("$ZodError", initializer, void 0, {
      Parent: Error
    });
  }
});

// node_modules/zod/v4/core/parse.js
function finalizeParams(callee, params) {
  return { callee: params?.callee ?? callee, Err: params?.Err };
}
function failure(Err, issues, ctx) {
  let error2;
  return {
    success: false,
    get error() {
      if (!error2) {
        error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error2;
    },
    set error(e) {
      error2 = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
function validateFallback(schema, value, _ctx) {
  const ctx = _ctx ? { ..._ctx, async: false, abortEarly: true } : { async: false, abortEarly: true };
  const fallbackRun = schema._zod.bag.fallbackRun;
  let result;
  if (fallbackRun) {
    ctx[COMPILE_FALLBACK] = true;
    result = fallbackRun({ value, issues: [] }, ctx);
  } else {
    result = schema._zod.run({ value, issues: [] }, ctx);
  }
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length === 0;
}
var _parse, _parseAsync, _safeParse, _safeParseAsync, COMPILE_INVALID, COMPILE_FALLBACK, validate, validateAsync, _encode, _decode, _encodeAsync, _decodeAsync, _safeEncode, _safeDecode, _safeEncodeAsync, _safeDecodeAsync;
var init_parse = __esm({
  "node_modules/zod/v4/core/parse.js"() {
    init_core();
    init_util();
    _parse = (_Err) => {
      const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
          throw new $ZodAsyncError();
        }
        if (result.issues.length) {
          const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
          captureStackTrace(e, _params?.callee ?? fn);
          throw e;
        }
        return result.value;
      };
      return fn;
    };
    _parseAsync = (_Err) => {
      const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
          result = await result;
        if (result.issues.length) {
          const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
          captureStackTrace(e, params?.callee ?? fn);
          throw e;
        }
        return result.value;
      };
      return fn;
    };
    _safeParse = (_Err) => (schema, value, _ctx) => {
      const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
      const result = schema._zod.run({ value, issues: [] }, ctx);
      if (result instanceof Promise) {
        throw new $ZodAsyncError();
      }
      return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
    };
    _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
      const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
      let result = schema._zod.run({ value, issues: [] }, ctx);
      if (result instanceof Promise)
        result = await result;
      return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
    };
    COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
    COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
    validate = ((schema, value, _ctx) => {
      const validator = schema._zod.bag.validator;
      if (validator !== void 0) {
        if (validator(value) !== COMPILE_INVALID)
          return true;
        if (validator.definite === true && _ctx === void 0)
          return false;
      }
      return validateFallback(schema, value, _ctx);
    });
    validateAsync = async (schema, value, _ctx) => {
      const ctx = _ctx ? { ..._ctx, async: true, abortEarly: true } : { async: true, abortEarly: true };
      let result = schema._zod.run({ value, issues: [] }, ctx);
      if (result instanceof Promise)
        result = await result;
      return result.issues.length === 0;
    };
    _encode = (_Err) => {
      const parse2 = _parse(_Err);
      const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return parse2(schema, value, ctx, finalizeParams(fn, _params));
      };
      return fn;
    };
    _decode = (_Err) => {
      const parse2 = _parse(_Err);
      const fn = (schema, value, _ctx, _params) => {
        return parse2(schema, value, _ctx, finalizeParams(fn, _params));
      };
      return fn;
    };
    _encodeAsync = (_Err) => {
      const parseAsync2 = _parseAsync(_Err);
      const fn = async (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return await parseAsync2(schema, value, ctx, finalizeParams(fn, _params));
      };
      return fn;
    };
    _decodeAsync = (_Err) => {
      const parseAsync2 = _parseAsync(_Err);
      const fn = async (schema, value, _ctx, _params) => {
        return await parseAsync2(schema, value, _ctx, finalizeParams(fn, _params));
      };
      return fn;
    };
    _safeEncode = (_Err) => (schema, value, _ctx) => {
      const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
      return _safeParse(_Err)(schema, value, ctx);
    };
    _safeDecode = (_Err) => (schema, value, _ctx) => {
      return _safeParse(_Err)(schema, value, _ctx);
    };
    _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
      const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
      return _safeParseAsync(_Err)(schema, value, ctx);
    };
    _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
      return _safeParseAsync(_Err)(schema, value, _ctx);
    };
  }
});

// node_modules/zod/v4/core/regexes.js
function nanoidOfLength(length) {
  return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
function emoji() {
  return new RegExp(_emoji, "u");
}
function anchor(source) {
  return new RegExp(`^${source}$`);
}
function timeSource(args) {
  const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
  const regex = typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
  return regex;
}
function time(args) {
  return new RegExp(`^${timeSource(args)}$`);
}
function datetime(args) {
  const opts = ["Z"];
  if (args.offset)
    opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
  const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
  const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
  return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
var cuid, cuid2, ulid, xid, ksuid, nanoid, duration, guid, uuid, email, _emoji, ipv4, ipv6, cidrv4, cidrv6, base64, base64url, httpProtocol, e164, dateSource, date, anyString, integer, number, boolean, lowercase, uppercase;
var init_regexes = __esm({
  "node_modules/zod/v4/core/regexes.js"() {
    cuid = /^[cC][0-9a-z]{6,}$/;
    cuid2 = /^[0-9a-z]+$/;
    ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
    xid = /^[0-9a-vA-V]{20}$/;
    ksuid = /^[A-Za-z0-9]{27}$/;
    nanoid = /^[a-zA-Z0-9_-]{21}$/;
    duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
    guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
    uuid = (version2) => {
      if (!version2)
        return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
      return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version2}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
    };
    email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
    _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
    ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
    ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
    cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
    cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
    base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
    base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
    httpProtocol = /^https?$/;
    e164 = /^\+[1-9]\d{6,14}$/;
    dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
    date = /* @__PURE__ */ anchor(dateSource);
    anyString = /^[\s\S]{0,}$/;
    integer = /^-?\d+$/;
    number = /^-?\d+(?:\.\d+)?$/;
    boolean = /^(?:true|false)$/i;
    lowercase = /^[^A-Z]*$/;
    uppercase = /^[^a-z]*$/;
  }
});

// node_modules/zod/v4/core/checks.js
var $ZodCheck, _whenHasLength, numericOriginMap, $ZodCheckLessThan, $ZodCheckGreaterThan, $ZodCheckMultipleOf, $ZodCheckNumberFormat, $ZodCheckMaxLength, $ZodCheckMinLength, $ZodCheckLengthEquals, $ZodCheckStringFormat, $ZodCheckRegex, $ZodCheckLowerCase, $ZodCheckUpperCase, $ZodCheckIncludes, $ZodCheckStartsWith, $ZodCheckEndsWith, $ZodCheckOverwrite;
var init_checks = __esm({
  "node_modules/zod/v4/core/checks.js"() {
    init_core();
    init_regexes();
    init_util();
    $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
      var _a3;
      inst._zod ?? (inst._zod = {});
      inst._zod.def = def;
      (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
    });
    _whenHasLength = (payload) => {
      const val = payload.value;
      return !nullish(val) && val.length !== void 0;
    };
    numericOriginMap = {
      number: "number",
      bigint: "bigint",
      object: "date"
    };
    $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
      $ZodCheck.init(inst, def);
      const origin = numericOriginMap[typeof def.value];
      inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
          return;
        }
        payload.issues.push({
          origin: numericOriginMap[typeof payload.value] ?? origin,
          code: "too_big",
          maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
          input: payload.value,
          inclusive: def.inclusive,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
      $ZodCheck.init(inst, def);
      const origin = numericOriginMap[typeof def.value];
      inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
          return;
        }
        payload.issues.push({
          origin: numericOriginMap[typeof payload.value] ?? origin,
          code: "too_small",
          minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
          input: payload.value,
          inclusive: def.inclusive,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckMultipleOf = /* @__PURE__ */ $constructor("$ZodCheckMultipleOf", (inst, def) => {
      $ZodCheck.init(inst, def);
      inst._zod.check = (payload) => {
        if (typeof payload.value !== typeof def.value)
          throw new Error("Cannot mix number and bigint in multiple_of check.");
        const isMultiple = typeof payload.value === "bigint" ? (
          // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
          def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
        ) : floatSafeRemainder(payload.value, def.value) === 0;
        if (isMultiple)
          return;
        payload.issues.push({
          origin: typeof payload.value,
          code: "not_multiple_of",
          divisor: def.value,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
      $ZodCheck.init(inst, def);
      def.format = def.format || "float64";
      const isInt = def.format?.includes("int");
      const origin = isInt ? "int" : "number";
      const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
      inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
          if (!Number.isInteger(input)) {
            payload.issues.push({
              expected: origin,
              format: def.format,
              code: "invalid_type",
              continue: false,
              input,
              inst
            });
            return;
          }
          if (!Number.isSafeInteger(input)) {
            if (input > 0) {
              payload.issues.push({
                input,
                code: "too_big",
                maximum: Number.MAX_SAFE_INTEGER,
                note: "Integers must be within the safe integer range.",
                inst,
                origin,
                inclusive: true,
                continue: !def.abort
              });
            } else {
              payload.issues.push({
                input,
                code: "too_small",
                minimum: Number.MIN_SAFE_INTEGER,
                note: "Integers must be within the safe integer range.",
                inst,
                origin,
                inclusive: true,
                continue: !def.abort
              });
            }
            return;
          }
        }
        if (input < minimum) {
          payload.issues.push({
            origin: "number",
            input,
            code: "too_small",
            minimum,
            inclusive: true,
            inst,
            continue: !def.abort
          });
        }
        if (input > maximum) {
          payload.issues.push({
            origin: "number",
            input,
            code: "too_big",
            maximum,
            inclusive: true,
            inst,
            continue: !def.abort
          });
        }
      };
    });
    $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
      var _a3;
      $ZodCheck.init(inst, def);
      (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
      inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
        if (length <= def.maximum)
          return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
          origin,
          code: "too_big",
          maximum: def.maximum,
          inclusive: true,
          input,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
      var _a3;
      $ZodCheck.init(inst, def);
      (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
      inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
        if (length >= def.minimum)
          return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
          origin,
          code: "too_small",
          minimum: def.minimum,
          inclusive: true,
          input,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckLengthEquals = /* @__PURE__ */ $constructor("$ZodCheckLengthEquals", (inst, def) => {
      var _a3;
      $ZodCheck.init(inst, def);
      (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
      inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        const length = typeof input === "string" && units >= def.length && units <= def.length * 2 ? codePointLength(input) : units;
        if (length === def.length)
          return;
        const origin = getLengthableOrigin(input);
        const tooBig = length > def.length;
        payload.issues.push({
          origin,
          ...tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length },
          inclusive: true,
          exact: true,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
      var _a3, _b;
      $ZodCheck.init(inst, def);
      if (def.pattern)
        (_a3 = inst._zod).check ?? (_a3.check = (payload) => {
          def.pattern.lastIndex = 0;
          if (def.pattern.test(payload.value))
            return;
          payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: def.format,
            input: payload.value,
            ...def.pattern ? { pattern: def.pattern.toString() } : {},
            inst,
            continue: !def.abort
          });
        });
      else
        (_b = inst._zod).check ?? (_b.check = () => {
        });
    });
    $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
      $ZodCheckStringFormat.init(inst, def);
      inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
          return;
        payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: "regex",
          input: payload.value,
          pattern: def.pattern.toString(),
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckLowerCase = /* @__PURE__ */ $constructor("$ZodCheckLowerCase", (inst, def) => {
      def.pattern ?? (def.pattern = lowercase);
      $ZodCheckStringFormat.init(inst, def);
    });
    $ZodCheckUpperCase = /* @__PURE__ */ $constructor("$ZodCheckUpperCase", (inst, def) => {
      def.pattern ?? (def.pattern = uppercase);
      $ZodCheckStringFormat.init(inst, def);
    });
    $ZodCheckIncludes = /* @__PURE__ */ $constructor("$ZodCheckIncludes", (inst, def) => {
      $ZodCheck.init(inst, def);
      const escapedRegex = escapeRegex(def.includes);
      const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
      def.pattern = pattern;
      inst._zod.check = (payload) => {
        if (payload.value.includes(def.includes, def.position))
          return;
        payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: "includes",
          includes: def.includes,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckStartsWith = /* @__PURE__ */ $constructor("$ZodCheckStartsWith", (inst, def) => {
      $ZodCheck.init(inst, def);
      const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
      def.pattern ?? (def.pattern = pattern);
      inst._zod.check = (payload) => {
        if (payload.value.startsWith(def.prefix))
          return;
        payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: "starts_with",
          prefix: def.prefix,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckEndsWith = /* @__PURE__ */ $constructor("$ZodCheckEndsWith", (inst, def) => {
      $ZodCheck.init(inst, def);
      const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
      def.pattern ?? (def.pattern = pattern);
      inst._zod.check = (payload) => {
        if (payload.value.endsWith(def.suffix))
          return;
        payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: "ends_with",
          suffix: def.suffix,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
      $ZodCheck.init(inst, def);
      inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
      };
    });
  }
});

// node_modules/zod/v4/core/doc.js
var Doc;
var init_doc = __esm({
  "node_modules/zod/v4/core/doc.js"() {
    Doc = class {
      constructor(args = [], closed = {}) {
        this.content = [];
        this.indent = 0;
        this.args = args;
        this.closed = closed;
      }
      // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
      indented(fn) {
        this.indent += 1;
        try {
          fn(this);
        } finally {
          this.indent -= 1;
        }
      }
      write(arg) {
        if (typeof arg === "function") {
          arg(this, { execution: "sync" });
          arg(this, { execution: "async" });
          return;
        }
        const content = arg;
        const lines = content.split("\n").filter((x) => x);
        const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
        const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
        for (const line of dedented) {
          this.content.push(line);
        }
      }
      compile() {
        const F = Function;
        const content = this?.content ?? [``];
        const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {
${content.join("\n")}
};`);
        return factory(...Object.values(this.closed));
      }
    };
  }
});

// node_modules/zod/v4/core/versions.js
var version;
var init_versions = __esm({
  "node_modules/zod/v4/core/versions.js"() {
    version = {
      major: 4,
      minor: 6,
      patch: 7
    };
  }
});

// node_modules/zod/v4/core/schemas.js
async function validateAsync2(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync2(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
function canParseURL(input) {
  try {
    if (typeof URL !== "undefined" && typeof URL.canParse === "function")
      return URL.canParse(input);
    new URL(input);
    return true;
  } catch {
    return false;
  }
}
function validateURL(trimmed, def) {
  if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
    return canParseURL(trimmed) || URL_UNPARSEABLE;
  }
  return parseURLObject(trimmed, def);
}
function parseURLObject(trimmed, def) {
  if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
    return URL_BAD_FORMAT;
  }
  try {
    if (typeof URL !== "undefined") {
      const URLStatic = URL;
      if (typeof URLStatic.parse === "function")
        return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
    }
    return new URL(trimmed);
  } catch {
    return URL_UNPARSEABLE;
  }
}
function stripTabAndNewline(value) {
  return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
  hostname.lastIndex = 0;
  return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
  protocol.lastIndex = 0;
  return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
function isValidIPv6(value) {
  if (!ipv6Alphabet.test(value))
    return false;
  return canParseURL(`http://[${value}]`);
}
function isValidCIDRv6(value) {
  const parts = value.split("/");
  if (parts.length !== 2)
    return false;
  const [address, prefix] = parts;
  if (!prefix)
    return false;
  const prefixNum = Number(prefix);
  if (`${prefixNum}` !== prefix)
    return false;
  if (prefixNum < 0 || prefixNum > 128)
    return false;
  return isValidIPv6(address);
}
function isValidBase64(data) {
  if (data === "")
    return true;
  if (/\s/.test(data))
    return false;
  if (data.length % 4 !== 0)
    return false;
  try {
    atob(data);
    return true;
  } catch {
    return false;
  }
}
function isValidBase64URL(data) {
  if (!base64urlCharset.test(data))
    return false;
  const base642 = data.replace(/[-_]/g, (c2) => c2 === "-" ? "+" : "/");
  const padded = base642.padEnd(Math.ceil(base642.length / 4) * 4, "=");
  return isValidBase64(padded);
}
function isValidJWT(token2, algorithm = null) {
  try {
    const tokensParts = token2.split(".");
    if (tokensParts.length !== 3)
      return false;
    const [header] = tokensParts;
    if (!header)
      return false;
    const parsedHeader = JSON.parse(atob(header));
    if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
      return false;
    if (!parsedHeader.alg)
      return false;
    if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
      return false;
    return true;
  } catch {
    return false;
  }
}
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c2) => c2[0]));
  const parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse2(payload, ctx);
  };
}
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
function mergeValues(a, b) {
  if (a === b) {
    return { valid: true, data: a };
  }
  if (a instanceof Date && b instanceof Date && +a === +b) {
    return { valid: true, data: a };
  }
  if (isPlainObject3(a) && isPlainObject3(b)) {
    const bKeys = Object.keys(b);
    const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
    const newObj = { ...a, ...b };
    if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
      delete newObj.__proto__;
    for (const key of sharedKeys) {
      if (key === "__proto__")
        continue;
      const sharedValue = mergeValues(a[key], b[key]);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [key, ...sharedValue.mergeErrorPath]
        };
      }
      newObj[key] = sharedValue.data;
    }
    return { valid: true, data: newObj };
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) {
      return { valid: false, mergeErrorPath: [] };
    }
    const newArray = [];
    for (let index = 0; index < a.length; index++) {
      const itemA = a[index];
      const itemB = b[index];
      const sharedValue = mergeValues(itemA, itemB);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [index, ...sharedValue.mergeErrorPath]
        };
      }
      newArray.push(sharedValue.data);
    }
    return { valid: true, data: newArray };
  }
  return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
  const unrecKeys = /* @__PURE__ */ new Map();
  let unrecIssue;
  const keyIssues = /* @__PURE__ */ new Map();
  const collect = (iss, side) => {
    let keys;
    if (iss.code === "unrecognized_keys" && !iss.path?.length) {
      unrecIssue ?? (unrecIssue = iss);
      keys = iss.keys;
    } else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
      const k = String(iss.path[0]);
      if (!keyIssues.has(k))
        keyIssues.set(k, iss);
      keys = [k];
    } else {
      return false;
    }
    for (const k of keys) {
      if (!unrecKeys.has(k))
        unrecKeys.set(k, {});
      unrecKeys.get(k)[side] = true;
    }
    return true;
  };
  for (const iss of left.issues) {
    if (!collect(iss, "l"))
      result.issues.push(iss);
  }
  for (const iss of right.issues) {
    if (!collect(iss, "r"))
      result.issues.push(iss);
  }
  const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
  if (bothKeys.length) {
    const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
    if (aggregated.length)
      result.issues.push({ ...unrecIssue, keys: aggregated });
    for (const k of bothKeys) {
      if (!aggregated.includes(k) && keyIssues.has(k))
        result.issues.push(keyIssues.get(k));
    }
  }
  const merged = mergeValues(left.value, right.value);
  if (!merged.valid) {
    if (aborted(result))
      return result;
    throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(merged.mergeErrorPath)}`);
  }
  result.value = merged.data;
  return result;
}
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
function handleDefaultResult(payload, def) {
  if (payload.value === void 0) {
    payload.value = def.defaultValue;
  }
  return payload;
}
function handleNonOptionalResult(payload, inst) {
  if (!payload.issues.length && payload.value === void 0) {
    payload.issues.push({
      code: "invalid_type",
      expected: "nonoptional",
      input: payload.value,
      inst
    });
  }
  return payload;
}
function handleCatchResult(payload, result, def, ctx) {
  if (!result.issues.length) {
    payload.value = result.value;
    if (result.memo)
      payload.memo = true;
    return payload;
  }
  payload.value = def.catchValue({
    ...result,
    value: payload.value,
    error: {
      issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config()))
    },
    input: payload.value
  });
  return payload;
}
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
function handleReadonlyResult(payload) {
  if (!payload.memo)
    payload.value = Object.freeze(payload.value);
  return payload;
}
function handleRefineResult(result, payload, input, inst) {
  if (!result) {
    const _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    if (inst._zod.def.params)
      _iss.params = inst._zod.def.params;
    payload.issues.push(issue(_iss));
  }
}
var $ZodType, toStandardResult, $ZodString, $ZodStringFormat, $ZodGUID, $ZodUUID, $ZodEmail, URL_BAD_FORMAT, URL_UNPARSEABLE, asciiTabOrNewline, $ZodURL, $ZodEmoji, $ZodNanoID, $ZodCUID, $ZodCUID2, $ZodULID, $ZodXID, $ZodKSUID, $ZodISODateTime, $ZodISODate, $ZodISOTime, $ZodISODuration, $ZodIPv4, ipv6Alphabet, $ZodIPv6, $ZodCIDRv4, $ZodCIDRv6, base64Charset, $ZodBase64, base64urlCharset, $ZodBase64URL, $ZodE164, $ZodJWT, $ZodNumber, $ZodNumberFormat, $ZodBoolean, $ZodUnknown, $ZodNever, arraySize, $ZodArray, NO_SYMBOL_KEYS, $ZodObject, $ZodObjectJIT, $ZodUnion, $ZodIntersection, $ZodRecord, $ZodEnum, $ZodTransform, $ZodOptional, $ZodExactOptional, $ZodNullable, $ZodDefault, $ZodPrefault, $ZodNonOptional, $ZodCatch, $ZodPipe, $ZodReadonly, $ZodCustom;
var init_schemas = __esm({
  "node_modules/zod/v4/core/schemas.js"() {
    init_checks();
    init_core();
    init_doc();
    init_regexes();
    init_util();
    init_versions();
    init_util();
    $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
      var _a3;
      inst ?? (inst = {});
      inst._zod.def = def;
      inst._zod.bag = inst._zod.bag || {};
      inst._zod.version = version;
      const defChecks = inst._zod.def.checks;
      const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
      for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
          fn(inst);
        }
      }
      if (checks.length === 0) {
        (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
        inst._zod.deferred?.push(() => {
          inst._zod.run = inst._zod.parse;
        });
      } else {
        const runChecks = (payload, checks2, ctx) => {
          if (payload.memo)
            return payload;
          let isAborted = aborted(payload);
          let asyncResult;
          for (const ch of checks2) {
            if (ch._zod.def.when) {
              if (explicitlyAborted(payload))
                continue;
              const shouldRun = ch._zod.def.when(payload);
              if (!shouldRun)
                continue;
            } else if (isAborted) {
              continue;
            }
            const currLen = payload.issues.length;
            const _ = ch._zod.check(payload);
            if (_ instanceof Promise && ctx?.async === false) {
              throw new $ZodAsyncError();
            }
            if (asyncResult || _ instanceof Promise) {
              asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                await _;
                const nextLen = payload.issues.length;
                if (nextLen === currLen)
                  return;
                attachSchema(payload.issues, currLen, inst);
                if (!isAborted)
                  isAborted = aborted(payload, currLen);
              });
            } else {
              const nextLen = payload.issues.length;
              if (nextLen === currLen)
                continue;
              attachSchema(payload.issues, currLen, inst);
              if (!isAborted)
                isAborted = aborted(payload, currLen);
            }
          }
          if (asyncResult) {
            return asyncResult.then(() => {
              return payload;
            });
          }
          return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
          if (aborted(canary)) {
            canary.aborted = true;
            return canary;
          }
          const checkResult = runChecks(payload, checks, ctx);
          if (checkResult instanceof Promise) {
            if (ctx.async === false)
              throw new $ZodAsyncError();
            return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
          }
          return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
          if (ctx.skipChecks) {
            return inst._zod.parse(payload, ctx);
          }
          if (ctx.direction === "backward") {
            const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
            if (canary instanceof Promise) {
              return canary.then((canary2) => {
                return handleCanaryResult(canary2, payload, ctx);
              });
            }
            return handleCanaryResult(canary, payload, ctx);
          }
          const result = inst._zod.parse(payload, ctx);
          if (result instanceof Promise) {
            if (ctx.async === false)
              throw new $ZodAsyncError();
            return result.then((result2) => runChecks(result2, checks, ctx));
          }
          return runChecks(result, checks, ctx);
        };
      }
    }, {
      // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
      get "~standard"() {
        return hide(this, "~standard", standardProps(this));
      },
      set "~standard"(value) {
        own(this, "~standard", value);
      }
    });
    toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
    $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = def.pattern ?? anyString;
      inst._zod.parse = (payload, _) => {
        if (def.coerce)
          try {
            payload.value = String(payload.value);
          } catch (_2) {
          }
        if (typeof payload.value === "string")
          return payload;
        payload.issues.push({
          expected: "string",
          code: "invalid_type",
          input: payload.value,
          inst
        });
        return payload;
      };
    });
    $ZodStringFormat = /* @__PURE__ */ $constructor("$ZodStringFormat", (inst, def) => {
      $ZodCheckStringFormat.init(inst, def);
      $ZodString.init(inst, def);
    });
    $ZodGUID = /* @__PURE__ */ $constructor("$ZodGUID", (inst, def) => {
      def.pattern ?? (def.pattern = guid);
      $ZodStringFormat.init(inst, def);
    });
    $ZodUUID = /* @__PURE__ */ $constructor("$ZodUUID", (inst, def) => {
      if (def.version) {
        const versionMap = {
          v1: 1,
          v2: 2,
          v3: 3,
          v4: 4,
          v5: 5,
          v6: 6,
          v7: 7,
          v8: 8
        };
        const v = versionMap[def.version];
        if (v === void 0)
          throw new Error(`Invalid UUID version: "${def.version}"`);
        def.pattern ?? (def.pattern = uuid(v));
      } else
        def.pattern ?? (def.pattern = uuid());
      $ZodStringFormat.init(inst, def);
    });
    $ZodEmail = /* @__PURE__ */ $constructor("$ZodEmail", (inst, def) => {
      def.pattern ?? (def.pattern = email);
      $ZodStringFormat.init(inst, def);
    });
    URL_BAD_FORMAT = 1;
    URL_UNPARSEABLE = 2;
    asciiTabOrNewline = /[\t\n\r]/g;
    $ZodURL = /* @__PURE__ */ $constructor("$ZodURL", (inst, def) => {
      $ZodStringFormat.init(inst, def);
      inst._zod.check = (payload) => {
        try {
          const trimmed = payload.value.trim();
          const url = validateURL(trimmed, def);
          if (url === URL_BAD_FORMAT) {
            payload.issues.push({
              code: "invalid_format",
              format: "url",
              note: "Invalid URL format",
              input: payload.value,
              inst,
              continue: !def.abort
            });
            return;
          }
          if (url === URL_UNPARSEABLE) {
            payload.issues.push({
              code: "invalid_format",
              format: "url",
              input: payload.value,
              inst,
              continue: !def.abort
            });
            return;
          }
          if (url === true) {
            payload.value = stripTabAndNewline(trimmed);
            return;
          }
          if (def.hostname && !urlHostnameOk(url, def.hostname)) {
            payload.issues.push({
              code: "invalid_format",
              format: "url",
              note: "Invalid hostname",
              pattern: def.hostname.source,
              input: payload.value,
              inst,
              continue: !def.abort
            });
          }
          if (def.protocol && !urlProtocolOk(url, def.protocol)) {
            payload.issues.push({
              code: "invalid_format",
              format: "url",
              note: "Invalid protocol",
              pattern: def.protocol.source,
              input: payload.value,
              inst,
              continue: !def.abort
            });
          }
          payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
          return;
        } catch (_) {
          payload.issues.push({
            code: "invalid_format",
            format: "url",
            input: payload.value,
            inst,
            continue: !def.abort
          });
        }
      };
    });
    $ZodEmoji = /* @__PURE__ */ $constructor("$ZodEmoji", (inst, def) => {
      def.pattern ?? (def.pattern = emoji());
      $ZodStringFormat.init(inst, def);
    });
    $ZodNanoID = /* @__PURE__ */ $constructor("$ZodNanoID", (inst, def) => {
      if (def.length !== void 0 && (!Number.isInteger(def.length) || def.length < 1))
        throw new Error(`Invalid nanoid length: ${def.length}`);
      def.pattern ?? (def.pattern = def.length === void 0 ? nanoid : nanoidOfLength(def.length));
      $ZodStringFormat.init(inst, def);
    });
    $ZodCUID = /* @__PURE__ */ $constructor("$ZodCUID", (inst, def) => {
      def.pattern ?? (def.pattern = cuid);
      $ZodStringFormat.init(inst, def);
    });
    $ZodCUID2 = /* @__PURE__ */ $constructor("$ZodCUID2", (inst, def) => {
      def.pattern ?? (def.pattern = cuid2);
      $ZodStringFormat.init(inst, def);
    });
    $ZodULID = /* @__PURE__ */ $constructor("$ZodULID", (inst, def) => {
      def.pattern ?? (def.pattern = ulid);
      $ZodStringFormat.init(inst, def);
    });
    $ZodXID = /* @__PURE__ */ $constructor("$ZodXID", (inst, def) => {
      def.pattern ?? (def.pattern = xid);
      $ZodStringFormat.init(inst, def);
    });
    $ZodKSUID = /* @__PURE__ */ $constructor("$ZodKSUID", (inst, def) => {
      def.pattern ?? (def.pattern = ksuid);
      $ZodStringFormat.init(inst, def);
    });
    $ZodISODateTime = /* @__PURE__ */ $constructor("$ZodISODateTime", (inst, def) => {
      def.pattern ?? (def.pattern = datetime(def));
      $ZodStringFormat.init(inst, def);
    });
    $ZodISODate = /* @__PURE__ */ $constructor("$ZodISODate", (inst, def) => {
      def.pattern ?? (def.pattern = date);
      $ZodStringFormat.init(inst, def);
    });
    $ZodISOTime = /* @__PURE__ */ $constructor("$ZodISOTime", (inst, def) => {
      def.pattern ?? (def.pattern = time(def));
      $ZodStringFormat.init(inst, def);
    });
    $ZodISODuration = /* @__PURE__ */ $constructor("$ZodISODuration", (inst, def) => {
      def.pattern ?? (def.pattern = duration);
      $ZodStringFormat.init(inst, def);
    });
    $ZodIPv4 = /* @__PURE__ */ $constructor("$ZodIPv4", (inst, def) => {
      def.pattern ?? (def.pattern = ipv4);
      $ZodStringFormat.init(inst, def);
    });
    ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
    $ZodIPv6 = /* @__PURE__ */ $constructor("$ZodIPv6", (inst, def) => {
      def.pattern ?? (def.pattern = ipv6);
      $ZodStringFormat.init(inst, def);
      inst._zod.check = (payload) => {
        if (!isValidIPv6(payload.value)) {
          payload.issues.push({
            code: "invalid_format",
            format: "ipv6",
            input: payload.value,
            inst,
            continue: !def.abort
          });
        }
      };
    });
    $ZodCIDRv4 = /* @__PURE__ */ $constructor("$ZodCIDRv4", (inst, def) => {
      def.pattern ?? (def.pattern = cidrv4);
      $ZodStringFormat.init(inst, def);
    });
    $ZodCIDRv6 = /* @__PURE__ */ $constructor("$ZodCIDRv6", (inst, def) => {
      def.pattern ?? (def.pattern = cidrv6);
      $ZodStringFormat.init(inst, def);
      inst._zod.check = (payload) => {
        if (!isValidCIDRv6(payload.value)) {
          payload.issues.push({
            code: "invalid_format",
            format: "cidrv6",
            input: payload.value,
            inst,
            continue: !def.abort
          });
        }
      };
    });
    base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
    $ZodBase64 = /* @__PURE__ */ $constructor("$ZodBase64", (inst, def) => {
      def.pattern ?? (def.pattern = base64Charset);
      $ZodStringFormat.init(inst, def);
      inst._zod.check = (payload) => {
        if (isValidBase64(payload.value))
          return;
        payload.issues.push({
          code: "invalid_format",
          format: "base64",
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    });
    base64urlCharset = /^[A-Za-z0-9_-]*$/;
    $ZodBase64URL = /* @__PURE__ */ $constructor("$ZodBase64URL", (inst, def) => {
      def.pattern ?? (def.pattern = base64urlCharset);
      $ZodStringFormat.init(inst, def);
      inst._zod.check = (payload) => {
        if (isValidBase64URL(payload.value))
          return;
        payload.issues.push({
          code: "invalid_format",
          format: "base64url",
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodE164 = /* @__PURE__ */ $constructor("$ZodE164", (inst, def) => {
      def.pattern ?? (def.pattern = e164);
      $ZodStringFormat.init(inst, def);
    });
    $ZodJWT = /* @__PURE__ */ $constructor("$ZodJWT", (inst, def) => {
      $ZodStringFormat.init(inst, def);
      inst._zod.check = (payload) => {
        if (isValidJWT(payload.value, def.alg))
          return;
        payload.issues.push({
          code: "invalid_format",
          format: "jwt",
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = number;
      inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
          try {
            payload.value = Number(payload.value);
          } catch (_) {
          }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
          return payload;
        }
        const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
        payload.issues.push({
          expected: "number",
          code: "invalid_type",
          input,
          inst,
          ...received ? { received } : {}
        });
        return payload;
      };
    });
    $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
      $ZodCheckNumberFormat.init(inst, def);
      $ZodNumber.init(inst, def);
    });
    $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = boolean;
      inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
          try {
            payload.value = Boolean(payload.value);
          } catch (_) {
          }
        const input = payload.value;
        if (typeof input === "boolean")
          return payload;
        payload.issues.push({
          expected: "boolean",
          code: "invalid_type",
          input,
          inst
        });
        return payload;
      };
    });
    $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = (payload) => payload;
    });
    $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
          expected: "never",
          code: "invalid_type",
          input: payload.value,
          inst
        });
        return payload;
      };
    });
    arraySize = (input) => Array.isArray(input) ? input.length : -1;
    $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
      $ZodType.init(inst, def);
      const memo2 = globalConfig.memoizer;
      memo2?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
          payload.issues.push({
            expected: "array",
            code: "invalid_type",
            input,
            inst
          });
          return payload;
        }
        payload.value = memo2 ? memo2.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
          const item = input[i];
          const result = def.element._zod.run({
            value: item,
            issues: []
          }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
          } else {
            handleArrayResult(result, payload, i);
            if (abortEarly && result.issues.length !== 0 && aborted(result))
              break;
          }
        }
        if (proms.length) {
          return Promise.all(proms).then(() => payload);
        }
        return payload;
      };
      capSize(inst, arraySize);
    });
    NO_SYMBOL_KEYS = [];
    $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
      $ZodType.init(inst, def);
      const desc = Object.getOwnPropertyDescriptor(def, "shape");
      const sh = desc?.get ? desc.get.raw : def.shape ?? {};
      if (sh) {
        const get = () => {
          const newSh = { ...sh };
          Object.defineProperty(def, "shape", { value: newSh });
          get.raw = newSh;
          return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
      }
      const _normalized = cached(() => normalizeDef(def));
      defineLazyInternal(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
          const field = shape[key]._zod;
          if (field.values) {
            if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
              assignProp(propValues, key, /* @__PURE__ */ new Set());
            }
            for (const v of field.values)
              propValues[key].add(v);
            if (field.optin !== void 0)
              propValues[key].add(void 0);
          }
        }
        return propValues;
      });
      const isObject2 = isObject;
      const catchall = def.catchall;
      let value;
      const memo2 = globalConfig.memoizer;
      memo2?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject2(input)) {
          payload.issues.push({
            expected: "object",
            code: "invalid_type",
            input,
            inst
          });
          return payload;
        }
        payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
          if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen))
              break;
            seen = payload.issues.length;
          }
          if (key === "__proto__")
            continue;
          const el = shape[key];
          const optin = el._zod.optin;
          const optout = el._zod.optout;
          const r = el._zod.run({ value: input[key], issues: [] }, ctx);
          if (r instanceof Promise) {
            proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
          } else {
            handlePropertyResult(r, payload, key, input, optin, optout);
          }
        }
        if (!catchall) {
          return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
      };
    });
    $ZodObjectJIT = /* @__PURE__ */ $constructor("$ZodObjectJIT", (inst, def) => {
      $ZodObject.init(inst, def);
      const superParse = inst._zod.parse;
      const _normalized = cached(() => normalizeDef(def));
      const memo2 = globalConfig.memoizer;
      const generateFastpass = (shape) => {
        const normalized = _normalized.value;
        const syms = normalized.symbolKeys;
        const doc = new Doc(["payload", "ctx"], { shape, inst, memo: memo2, syms });
        const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
        const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        doc.write(`const input = payload.value;`);
        const ids = /* @__PURE__ */ Object.create(null);
        let counter = 0;
        for (const key of normalized.allKeys) {
          ids[key] = `key_${counter++}`;
        }
        doc.write(memo2 ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
        for (const key of normalized.allKeys) {
          if (key === "__proto__")
            continue;
          const id = ids[key];
          const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
          const isPresent = `${k} in input`;
          const schema = shape[key];
          const optin = schema?._zod?.optin;
          const isOptionalIn = optin !== void 0;
          const isOptionalOut = schema?._zod?.optout === "optional";
          doc.write(`const ${id} = ${parseStr(k)};`);
          if (isOptionalIn && isOptionalOut) {
            const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
            doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
          } else if (!isOptionalIn) {
            doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
          } else {
            doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
            if (optin === "defaulted") {
              doc.write(`newResult[${k}] = ${id}.value;`);
            } else {
              doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
            }
          }
        }
        doc.write(`payload.value = newResult;`);
        doc.write(`return payload;`);
        return doc.compile();
      };
      let fastpass;
      const isObject2 = isObject;
      const jit = !globalConfig.jitless;
      const allowsEval2 = allowsEval;
      const fastEnabled = jit && allowsEval2.value;
      const catchall = def.catchall;
      let value;
      inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject2(input)) {
          payload.issues.push({
            expected: "object",
            code: "invalid_type",
            input,
            inst
          });
          return payload;
        }
        if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
          if (!fastpass)
            fastpass = generateFastpass(def.shape);
          payload = fastpass(payload, ctx);
          if (!catchall)
            return payload;
          return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
        }
        return superParse(payload, ctx);
      };
    });
    $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
      defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
      defineLazyInternal(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values)) {
          return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return void 0;
      });
      defineLazyInternal(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
          const patterns = zod.def.options.map((o) => o._zod.pattern);
          return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
        }
        return void 0;
      });
      const first = def.options.length === 1 ? def.options[0]._zod.run : null;
      inst._zod.parse = (payload, ctx) => {
        if (first) {
          return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
          const result = option._zod.run({
            value: payload.value,
            issues: []
          }, ctx);
          if (result instanceof Promise) {
            results.push(result);
            async = true;
          } else {
            if (result.issues.length === 0)
              return result;
            results.push(result);
          }
        }
        if (!async)
          return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results2) => {
          return handleUnionResults(results2, payload, inst, ctx);
        });
      };
    });
    $ZodIntersection = /* @__PURE__ */ $constructor("$ZodIntersection", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        const left = def.left._zod.run({ value: input, issues: [] }, ctx);
        const right = def.right._zod.run({ value: input, issues: [] }, ctx);
        const async = left instanceof Promise || right instanceof Promise;
        if (async) {
          return Promise.all([left, right]).then(([left2, right2]) => {
            return handleIntersectionResults(payload, left2, right2);
          });
        }
        return handleIntersectionResults(payload, left, right);
      };
    });
    $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
      $ZodType.init(inst, def);
      const memo2 = globalConfig.memoizer;
      memo2?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!isPlainObject3(input)) {
          payload.issues.push({
            expected: "record",
            code: "invalid_type",
            input,
            inst
          });
          return payload;
        }
        const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
          payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
          const recordKeys = /* @__PURE__ */ new Set();
          for (const key of values) {
            if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
              recordKeys.add(typeof key === "number" ? key.toString() : key);
              if (key === "__proto__")
                continue;
              const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
              if (keyResult instanceof Promise) {
                throw new Error("Async schemas not supported in object keys currently");
              }
              if (keyResult.issues.length) {
                payload.issues.push({
                  code: "invalid_key",
                  origin: "record",
                  issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                  input: key,
                  path: [key],
                  inst
                });
                continue;
              }
              const outKey = keyResult.value;
              if (outKey === "__proto__")
                continue;
              const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
              if (result instanceof Promise) {
                proms.push(result.then((result2) => {
                  if (result2.issues.length) {
                    payload.issues.push(...prefixIssues(key, result2.issues));
                  }
                  payload.value[outKey] = result2.value;
                }));
              } else {
                if (result.issues.length) {
                  payload.issues.push(...prefixIssues(key, result.issues));
                }
                payload.value[outKey] = result.value;
              }
            }
          }
          let unrecognized;
          for (const key in input) {
            if (!recordKeys.has(key)) {
              if (def.mode === "loose") {
                if (key === "__proto__")
                  continue;
                payload.value[key] = input[key];
              } else {
                unrecognized = unrecognized ?? [];
                unrecognized.push(key);
              }
            }
          }
          if (unrecognized && unrecognized.length > 0) {
            payload.issues.push({
              code: "unrecognized_keys",
              input,
              inst,
              keys: unrecognized,
              continue: true
            });
          }
        } else {
          payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
          let unrecognized;
          for (const key of Reflect.ownKeys(input)) {
            if (key === "__proto__")
              continue;
            if (!Object.prototype.propertyIsEnumerable.call(input, key))
              continue;
            let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
            if (keyResult instanceof Promise) {
              throw new Error("Async schemas not supported in object keys currently");
            }
            const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
            if (checkNumericKey) {
              const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
              if (retryResult instanceof Promise) {
                throw new Error("Async schemas not supported in object keys currently");
              }
              if (retryResult.issues.length === 0) {
                keyResult = retryResult;
              }
            }
            if (keyResult.issues.length) {
              if (def.mode === "loose") {
                payload.value[key] = input[key];
              } else if (values) {
                unrecognized = unrecognized ?? [];
                unrecognized.push(key);
              } else {
                payload.issues.push({
                  code: "invalid_key",
                  origin: "record",
                  issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                  input: key,
                  path: [key],
                  inst
                });
              }
              continue;
            }
            const outKey = keyResult.value;
            if (outKey === "__proto__")
              continue;
            const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
            if (result instanceof Promise) {
              proms.push(result.then((result2) => {
                if (result2.issues.length) {
                  payload.issues.push(...prefixIssues(key, result2.issues));
                }
                payload.value[outKey] = result2.value;
              }));
            } else {
              if (result.issues.length) {
                payload.issues.push(...prefixIssues(key, result.issues));
              }
              payload.value[outKey] = result.value;
            }
          }
          if (unrecognized && unrecognized.length > 0) {
            payload.issues.push({
              code: "unrecognized_keys",
              input,
              inst,
              keys: unrecognized,
              continue: true
            });
          }
        }
        if (proms.length) {
          return Promise.all(proms).then(() => payload);
        }
        return payload;
      };
    });
    $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
      $ZodType.init(inst, def);
      const values = getEnumValues(def.entries);
      const valuesSet = new Set(values);
      inst._zod.values = valuesSet;
      defineLazyInternal(inst, "pattern", (zod) => {
        const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
      });
      inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
          return payload;
        }
        payload.issues.push({
          code: "invalid_value",
          values,
          input,
          inst
        });
        return payload;
      };
    });
    $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.optin = "optional";
      globalConfig.memoizer?.guard(inst);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
          throw new $ZodEncodeError(inst.constructor.name);
        }
        const _out = def.transform(payload.value, payload);
        if (ctx.async) {
          const output = _out instanceof Promise ? _out : Promise.resolve(_out);
          return output.then((output2) => {
            payload.value = output2;
            return payload;
          });
        }
        if (_out instanceof Promise) {
          throw new $ZodAsyncError();
        }
        payload.value = _out;
        return payload;
      };
    });
    $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
      inst._zod.optout = "optional";
      defineLazyInternal(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
      });
      defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
      });
      inst._zod.parse = (payload, ctx) => {
        if (payload.value === void 0) {
          if (def.innerType._zod.optin !== "defaulted")
            return payload;
          const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
          if (result instanceof Promise)
            return result.then((result2) => handleOptionalResult(payload, result2));
          return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
      };
    });
    $ZodExactOptional = /* @__PURE__ */ $constructor("$ZodExactOptional", (inst, def) => {
      $ZodOptional.init(inst, def);
      defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
      defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
      inst._zod.parse = (payload, ctx) => {
        return def.innerType._zod.run(payload, ctx);
      };
    });
    $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
      defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
      defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
      });
      defineLazyInternal(inst, "values", (zod) => {
        return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
      });
      inst._zod.parse = (payload, ctx) => {
        if (payload.value === null)
          return payload;
        return def.innerType._zod.run(payload, ctx);
      };
    });
    $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.optin = "defaulted";
      defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
          return def.innerType._zod.run(payload, ctx);
        }
        if (payload.value === void 0) {
          payload.value = def.defaultValue;
          return payload;
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
          return result.then((result2) => handleDefaultResult(result2, def));
        }
        return handleDefaultResult(result, def);
      };
    });
    $ZodPrefault = /* @__PURE__ */ $constructor("$ZodPrefault", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.optin = "defaulted";
      defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
          return def.innerType._zod.run(payload, ctx);
        }
        if (payload.value === void 0) {
          payload.value = def.defaultValue;
        }
        return def.innerType._zod.run(payload, ctx);
      };
    });
    $ZodNonOptional = /* @__PURE__ */ $constructor("$ZodNonOptional", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "values", (zod) => {
        const v = zod.def.innerType._zod.values;
        return v ? new Set([...v].filter((x) => x !== void 0)) : void 0;
      });
      inst._zod.parse = (payload, ctx) => {
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
          return result.then((result2) => handleNonOptionalResult(result2, inst));
        }
        return handleNonOptionalResult(result, inst);
      };
    });
    $ZodCatch = /* @__PURE__ */ $constructor("$ZodCatch", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
      defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
      defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
          return def.innerType._zod.run(payload, ctx);
        }
        const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
        if (result instanceof Promise) {
          return result.then((result2) => handleCatchResult(payload, result2, def, ctx));
        }
        return handleCatchResult(payload, result, def, ctx);
      };
    });
    $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
      defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
      defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
      defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
          const right = def.out._zod.run(payload, ctx);
          if (right instanceof Promise) {
            return right.then((right2) => handlePipeResult(right2, def.in, ctx));
          }
          return handlePipeResult(right, def.in, ctx);
        }
        const left = def.in._zod.run(payload, ctx);
        if (left instanceof Promise) {
          return left.then((left2) => handlePipeResult(left2, def.out, ctx));
        }
        return handlePipeResult(left, def.out, ctx);
      };
    });
    $ZodReadonly = /* @__PURE__ */ $constructor("$ZodReadonly", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
      defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
      defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
      defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
          return def.innerType._zod.run(payload, ctx);
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
          return result.then(handleReadonlyResult);
        }
        return handleReadonlyResult(result);
      };
    });
    $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
      $ZodCheck.init(inst, def);
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, _) => {
        return payload;
      };
      inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
          return r.then((r2) => handleRefineResult(r2, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
      };
    });
  }
});

// node_modules/zod/v4/core/memoizer.js
function isRef(value) {
  return value !== null && typeof value === "object";
}
function cloneIssues(issues) {
  return issues.map((iss) => iss.path ? { ...iss, path: iss.path.slice() } : { ...iss });
}
function isRecursive(inst, stack, resolve) {
  const cached2 = recursive.get(inst);
  if (cached2 !== void 0)
    return cached2 ? PROVEN : NONE;
  if (stack.has(inst))
    return PROVEN;
  stack.add(inst);
  let result = NONE;
  const check = (child) => {
    if (result !== PROVEN && child?._zod) {
      const answer = isRecursive(child, stack, resolve);
      if (answer > result)
        result = answer;
    }
  };
  const shape = (sh, spread) => {
    let answer = NONE;
    for (const key of Reflect.ownKeys(sh)) {
      const desc = Object.getOwnPropertyDescriptor(sh, key);
      if (spread && !desc.enumerable)
        continue;
      const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
      if (child > answer)
        answer = child;
    }
    return answer;
  };
  const merge2 = (answer) => {
    if (answer > result)
      result = answer;
  };
  const def = inst._zod.def;
  const kind = def.type;
  switch (kind) {
    case "object": {
      const raw = rawShape(def);
      merge2(raw ? shape(raw, true) : ASSUMED);
      check(def.catchall);
      break;
    }
    case "array":
      check(def.element);
      break;
    case "tuple":
      for (const el of def.items)
        check(el);
      check(def.rest);
      break;
    case "record":
    case "map":
      check(def.keyType);
      check(def.valueType);
      break;
    case "set":
      check(def.valueType);
      break;
    case "union":
      for (const el of def.options)
        check(el);
      break;
    case "intersection":
      check(def.left);
      check(def.right);
      break;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
    case "promise":
    case "success":
      check(def.innerType);
      break;
    case "pipe":
      check(def.in);
      check(def.out);
      break;
    case "function":
      check(def.input);
      check(def.output);
      break;
    // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
    case "lazy": {
      const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : void 0);
      merge2(inner ? isRecursive(inner, stack, false) : ASSUMED);
      break;
    }
    // a leaf by choice: `parts` are regex fragments, not data positions
    case "template_literal":
    // leaves
    case "string":
    case "number":
    case "int":
    case "boolean":
    case "bigint":
    case "symbol":
    case "undefined":
    case "null":
    case "void":
    case "never":
    case "any":
    case "unknown":
    case "date":
    case "nan":
    case "enum":
    case "literal":
    case "file":
    case "transform":
    case "custom":
      break;
    default: {
      kind;
      for (const key in def) {
        const desc = Object.getOwnPropertyDescriptor(def, key);
        if (!desc || desc.get)
          continue;
        const value = desc.value;
        if (!value || typeof value !== "object")
          continue;
        if (value._zod)
          check(value);
        else if (Array.isArray(value))
          for (const el of value)
            check(el);
      }
    }
  }
  stack.delete(inst);
  return settle2(inst, result);
}
function settle2(inst, answer) {
  if (answer !== ASSUMED)
    recursive.set(inst, answer === PROVEN);
  return answer;
}
function bucketFor(state, inst) {
  let bucket = state.buckets.get(inst);
  if (!bucket) {
    bucket = /* @__PURE__ */ new WeakMap();
    state.buckets.set(inst, bucket);
  }
  return bucket;
}
function memoizer() {
  return memo;
}
function isBackEdge(ctx, value) {
  const backEdges = ctx[STATE]?.backEdges;
  return backEdges !== void 0 && isRef(value) && backEdges.has(value);
}
var $ZodCyclicError, STATE, NO_ISSUES, recursive, NONE, ASSUMED, PROVEN, handoff, open2, memo;
var init_memoizer = __esm({
  "node_modules/zod/v4/core/memoizer.js"() {
    init_util();
    $ZodCyclicError = class extends Error {
      constructor() {
        super(`Cannot parse a reference cycle that closes through a transform`);
        this.name = "ZodCyclicError";
      }
    };
    STATE = "~memo";
    NO_ISSUES = [];
    recursive = /* @__PURE__ */ new WeakMap();
    NONE = 0;
    ASSUMED = 1;
    PROVEN = 2;
    open2 = [];
    memo = {
      alloc(_inst, payload, empty) {
        const bucket = handoff;
        if (!bucket)
          return empty;
        handoff = void 0;
        const entry = { value: empty, issues: null };
        bucket.set(payload.value, entry);
        open2.push(entry);
        return empty;
      },
      guard(inst) {
        var _a3;
        (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
        inst._zod.deferred.push(() => {
          const base = inst._zod.parse;
          const wrapped = (payload, ctx) => {
            if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
              throw new $ZodCyclicError();
            return base(payload, ctx);
          };
          inst._zod.parse = wrapped;
          if (inst._zod.run === base)
            inst._zod.run = wrapped;
        });
      },
      attach(inst) {
        var _a3;
        let isRecursiveInst;
        let rechecked = false;
        let lastCtx;
        let lastBucket;
        (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
        inst._zod.deferred.push(() => {
          const base = inst._zod.parse;
          const wrapped = (payload, ctx) => {
            if (isRecursiveInst === void 0) {
              const walked = isRecursive(inst, /* @__PURE__ */ new Set(), false);
              if (walked === NONE) {
                inst._zod.parse = base;
                if (inst._zod.run === wrapped)
                  inst._zod.run = base;
                return base(payload, ctx);
              }
              if (walked === PROVEN || rechecked)
                isRecursiveInst = true;
              else
                rechecked = true;
            }
            const input = payload.value;
            if (!isRef(input))
              return base(payload, ctx);
            let state = ctx[STATE];
            if (!state) {
              state = { buckets: /* @__PURE__ */ new WeakMap(), backEdges: void 0 };
              ctx[STATE] = state;
            }
            let bucket;
            if (lastCtx === ctx) {
              bucket = lastBucket;
            } else {
              bucket = bucketFor(state, inst);
              lastCtx = ctx;
              lastBucket = bucket;
            }
            const hit = bucket.get(input);
            if (hit) {
              payload.value = hit.value;
              if (hit.issues) {
                if (hit.issues.length)
                  payload.issues.push(...cloneIssues(hit.issues));
              } else {
                payload.memo = true;
                state.backEdges ?? (state.backEdges = /* @__PURE__ */ new WeakSet());
                state.backEdges.add(hit.value);
              }
              return payload;
            }
            handoff = bucket;
            const depth = open2.length;
            const result = base(payload, ctx);
            handoff = void 0;
            const entry = open2.length > depth ? open2.pop() : void 0;
            if (result instanceof Promise) {
              return result.then((r) => {
                if (entry)
                  entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
                return r;
              });
            }
            if (entry)
              entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
            return result;
          };
          inst._zod.parse = wrapped;
          if (inst._zod.run === base)
            inst._zod.run = wrapped;
        });
      }
    };
  }
});

// node_modules/zod/v4/locales/en.js
function en_default() {
  return {
    localeError: error()
  };
}
var error;
var init_en = __esm({
  "node_modules/zod/v4/locales/en.js"() {
    init_util();
    error = () => {
      const Sizable = {
        string: { unit: "characters", verb: "to have" },
        file: { unit: "bytes", verb: "to have" },
        array: { unit: "items", verb: "to have" },
        set: { unit: "items", verb: "to have" },
        map: { unit: "entries", verb: "to have" }
      };
      function getSizing(origin) {
        return Sizable[origin] ?? null;
      }
      const FormatDictionary = {
        regex: "input",
        email: "email address",
        url: "URL",
        emoji: "emoji",
        uuid: "UUID",
        uuidv4: "UUIDv4",
        uuidv6: "UUIDv6",
        nanoid: "nanoid",
        guid: "GUID",
        cuid: "cuid",
        cuid2: "cuid2",
        ulid: "ULID",
        xid: "XID",
        ksuid: "KSUID",
        datetime: "ISO datetime",
        date: "ISO date",
        time: "ISO time",
        duration: "ISO duration",
        ipv4: "IPv4 address",
        ipv6: "IPv6 address",
        mac: "MAC address",
        cidrv4: "IPv4 range",
        cidrv6: "IPv6 range",
        base64: "base64-encoded string",
        base64url: "base64url-encoded string",
        json_string: "JSON string",
        e164: "E.164 number",
        currency_code: "currency code",
        credit_card: "credit card number",
        iban: "IBAN",
        jwt: "JWT",
        template_literal: "input"
      };
      const TypeDictionary = {
        // Compatibility: "nan" -> "NaN" for display
        nan: "NaN"
        // All other type names omitted - they fall back to raw values via ?? operator
      };
      function getTypeName(type, input) {
        if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
          return String(input);
        }
        return TypeDictionary[type] ?? type;
      }
      return (issue2) => {
        switch (issue2.code) {
          case "invalid_type": {
            const expected = getTypeName(issue2.expected);
            const receivedType = parsedType(issue2.input);
            const received = getTypeName(receivedType, issue2.input);
            return `Invalid input: expected ${expected}, received ${received}`;
          }
          case "invalid_value":
            if (issue2.values.length === 1)
              return `Invalid input: expected ${stringifyPrimitive(issue2.values[0])}`;
            return `Invalid option: expected one of ${joinValues(issue2.values, "|")}`;
          case "too_big": {
            const adj = issue2.exact ? "exactly " : issue2.inclusive ? "<=" : "<";
            const sizing = getSizing(issue2.origin);
            if (sizing)
              return `Too big: expected ${issue2.origin ?? "value"} to have ${adj}${issue2.maximum.toString()} ${sizing.unit ?? "elements"}`;
            return `Too big: expected ${issue2.origin ?? "value"} to be ${adj}${issue2.maximum.toString()}`;
          }
          case "too_small": {
            const adj = issue2.exact ? "exactly " : issue2.inclusive ? ">=" : ">";
            const sizing = getSizing(issue2.origin);
            if (sizing) {
              return `Too small: expected ${issue2.origin} to have ${adj}${issue2.minimum.toString()} ${sizing.unit}`;
            }
            return `Too small: expected ${issue2.origin} to be ${adj}${issue2.minimum.toString()}`;
          }
          case "invalid_format": {
            const _issue = issue2;
            if (_issue.format === "starts_with") {
              return `Invalid string: must start with "${_issue.prefix}"`;
            }
            if (_issue.format === "ends_with")
              return `Invalid string: must end with "${_issue.suffix}"`;
            if (_issue.format === "includes")
              return `Invalid string: must include "${_issue.includes}"`;
            if (_issue.format === "regex")
              return `Invalid string: must match pattern ${_issue.pattern}`;
            return `Invalid ${FormatDictionary[_issue.format] ?? issue2.format}`;
          }
          case "not_multiple_of":
            return `Invalid number: must be a multiple of ${issue2.divisor}`;
          case "unrecognized_keys":
            return `Unrecognized key${issue2.keys.length > 1 ? "s" : ""}: ${joinValues(issue2.keys, ", ")}`;
          case "invalid_key":
            return `Invalid key in ${issue2.origin}`;
          case "invalid_union":
            if (issue2.options && Array.isArray(issue2.options) && issue2.options.length > 0) {
              const opts = issue2.options.map((o) => `'${o}'`).join(" | ");
              return `Invalid discriminator value. Expected ${opts}`;
            }
            if (issue2.inclusive === false) {
              return "Invalid input: more than one option matched";
            }
            return "Invalid input";
          case "invalid_element":
            return `Invalid value in ${issue2.origin}`;
          default:
            return `Invalid input`;
        }
      };
    };
  }
});

// node_modules/zod/v4/locales/index.js
var init_locales = __esm({
  "node_modules/zod/v4/locales/index.js"() {
  }
});

// node_modules/zod/v4/core/registries.js
function registry() {
  return new $ZodRegistry();
}
var _a2, $ZodRegistry, globalRegistry;
var init_registries = __esm({
  "node_modules/zod/v4/core/registries.js"() {
    $ZodRegistry = class {
      constructor() {
        this._map = /* @__PURE__ */ new WeakMap();
        this._idmap = /* @__PURE__ */ new Map();
      }
      add(schema, ..._meta) {
        const meta2 = _meta[0];
        this._map.set(schema, meta2);
        if (meta2 && typeof meta2 === "object" && "id" in meta2) {
          this._idmap.set(meta2.id, schema);
        }
        return this;
      }
      clear() {
        this._map = /* @__PURE__ */ new WeakMap();
        this._idmap = /* @__PURE__ */ new Map();
        return this;
      }
      remove(schema) {
        const meta2 = this._map.get(schema);
        if (meta2 && typeof meta2 === "object" && "id" in meta2) {
          this._idmap.delete(meta2.id);
        }
        this._map.delete(schema);
        return this;
      }
      get(schema) {
        const p = schema._zod.parent;
        if (p) {
          const pm = { ...this.get(p) ?? {} };
          delete pm.id;
          const f = { ...pm, ...this._map.get(schema) };
          return Object.keys(f).length ? f : void 0;
        }
        return this._map.get(schema);
      }
      has(schema) {
        return this._map.has(schema);
      }
    };
    (_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
    globalRegistry = globalThis.__zod_globalRegistry;
  }
});

// node_modules/zod/v4/core/compile.js
var init_compile = __esm({
  "node_modules/zod/v4/core/compile.js"() {
  }
});

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class2, params) {
  return new Class2(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class2, params) {
  return new Class2({
    type: "string",
    format: "email",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class2, params) {
  return new Class2({
    type: "string",
    format: "guid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v4",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v6",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v7",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _url(Class2, params) {
  return new Class2({
    type: "string",
    format: "url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _emoji2(Class2, params) {
  return new Class2({
    type: "string",
    format: "emoji",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class2, params) {
  return new Class2({
    type: "string",
    format: "nanoid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid2",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ulid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class2, params) {
  return new Class2({
    type: "string",
    format: "xid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ksuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class2, params) {
  return new Class2({
    type: "string",
    format: "e164",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class2, params) {
  return new Class2({
    type: "string",
    format: "jwt",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "datetime",
    check: "string_format",
    offset: false,
    local: false,
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class2, params) {
  return new Class2({
    type: "string",
    format: "date",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "time",
    check: "string_format",
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class2, params) {
  return new Class2({
    type: "string",
    format: "duration",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _number(Class2, params) {
  return new Class2(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class2, params) {
  return new Class2({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class2, params) {
  return new Class2({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class2) {
  return new Class2({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class2, params) {
  return new Class2({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
  return new $ZodCheckMultipleOf({
    check: "multiple_of",
    ...normalizeParams(params),
    value
  });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
  const ch = new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params),
    maximum
  });
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
  return new $ZodCheckLengthEquals({
    check: "length_equals",
    ...normalizeParams(params),
    length
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
  return new $ZodCheckLowerCase({
    check: "string_format",
    format: "lowercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
  return new $ZodCheckUpperCase({
    check: "string_format",
    format: "uppercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
  return new $ZodCheckIncludes({
    check: "string_format",
    format: "includes",
    ...normalizeParams(params),
    includes
  });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
  return new $ZodCheckStartsWith({
    check: "string_format",
    format: "starts_with",
    ...normalizeParams(params),
    prefix
  });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
  return new $ZodCheckEndsWith({
    check: "string_format",
    format: "ends_with",
    ...normalizeParams(params),
    suffix
  });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
  return new $ZodCheckOverwrite({
    check: "overwrite",
    tx
  });
}
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
  return /* @__PURE__ */ _overwrite((input) => input.normalize(form));
}
// @__NO_SIDE_EFFECTS__
function _trim() {
  return /* @__PURE__ */ _overwrite((input) => input.trim());
}
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toLowerCase());
}
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toUpperCase());
}
// @__NO_SIDE_EFFECTS__
function _slugify() {
  return /* @__PURE__ */ _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class2, element, params) {
  return new Class2({
    type: "array",
    element,
    // get element() {
    //   return element;
    // },
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _refine(Class2, fn, _params) {
  const schema = new Class2({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
  return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
  const ch = /* @__PURE__ */ _check((payload) => {
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(issue(issue2, payload.value, ch._zod.def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = ch);
        _issue.continue ?? (_issue.continue = !ch._zod.def.abort);
        payload.issues.push(issue(_issue));
      }
    };
    return fn(payload.value, payload);
  }, params);
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
  const ch = new $ZodCheck({
    check: "custom",
    ...normalizeParams(params)
  });
  ch._zod.check = fn;
  return ch;
}
var init_api = __esm({
  "node_modules/zod/v4/core/api.js"() {
    init_checks();
    init_util();
  }
});

// node_modules/zod/v4/core/to-json-schema.js
function assignProps(target, ...sources) {
  for (const source of sources) {
    for (const key of Reflect.ownKeys(source)) {
      if (Object.prototype.propertyIsEnumerable.call(source, key)) {
        assignProp(target, key, source[key]);
      }
    }
  }
  return target;
}
function initializeContext(params) {
  let target = params?.target ?? "draft-2020-12";
  if (target === "draft-4")
    target = "draft-04";
  if (target === "draft-7")
    target = "draft-07";
  return {
    processors: params.processors ?? {},
    metadataRegistry: params?.metadata ?? globalRegistry,
    target,
    unrepresentable: params?.unrepresentable ?? "throw",
    override: params?.override ?? (() => {
    }),
    io: params?.io ?? "output",
    counter: 0,
    seen: /* @__PURE__ */ new Map(),
    sharedDefsExtractedFor: void 0,
    sharedEmitDoneFor: void 0,
    cycles: params?.cycles ?? "ref",
    reused: params?.reused ?? "inline",
    intersections: [],
    deferred: [],
    external: params?.external ?? void 0
  };
}
function handleUnrepresentable(schema, ctx, json, params, message2) {
  const result = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message: message2 }) : ctx.unrepresentable;
  if (result === "any")
    return false;
  if (result === void 0 || result === "throw")
    throw new Error(message2);
  Object.assign(json, result);
  return true;
}
function processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
  var _a3;
  const def = schema._zod.def;
  const seen = ctx.seen.get(schema);
  if (seen) {
    seen.count++;
    const isCycle = _params.schemaPath.includes(schema);
    if (isCycle) {
      seen.cycle = _params.path;
    }
    return seen.schema;
  }
  const result = { schema: {}, count: 1, cycle: void 0, path: _params.path };
  ctx.seen.set(schema, result);
  ctx.sharedDefsExtractedFor = void 0;
  ctx.sharedEmitDoneFor = void 0;
  const overrideSchema = schema._zod.toJSONSchema?.();
  if (overrideSchema) {
    result.schema = overrideSchema;
  } else {
    const params = {
      ..._params,
      schemaPath: [..._params.schemaPath, schema],
      path: _params.path
    };
    if (schema._zod.processJSONSchema) {
      schema._zod.processJSONSchema(ctx, result.schema, params);
    } else {
      const _json = result.schema;
      const processor = ctx.processors[def.type];
      if (!processor) {
        throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
      }
      processor(schema, ctx, _json, params);
    }
    const parent = schema._zod.parent;
    if (parent) {
      if (!result.ref)
        result.ref = parent;
      processSchema(parent, ctx, params);
      ctx.seen.get(parent).isParent = true;
    }
  }
  const meta2 = ctx.metadataRegistry.get(schema);
  if (meta2)
    assignProps(result.schema, meta2);
  if (ctx.io === "input" && isTransforming(schema)) {
    delete result.schema.examples;
    delete result.schema.default;
  }
  if (ctx.io === "input" && "_prefault" in result.schema)
    (_a3 = result.schema).default ?? (_a3.default = result.schema._prefault);
  delete result.schema._prefault;
  const _result = ctx.seen.get(schema);
  return _result.schema;
}
function encodeJSONPointerSegment(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema) {
  const root = ctx.seen.get(schema);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
    return;
  const idToSchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.entries()) {
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      const existing = idToSchema.get(id);
      if (existing && existing !== entry[0]) {
        throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
      }
      idToSchema.set(id, entry[0]);
    }
  }
  const makeURI = (entry) => {
    const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
    if (ctx.external) {
      const externalId = ctx.external.registry.get(entry[0])?.id;
      const uriGenerator = ctx.external.uri ?? ((id2) => id2);
      if (externalId) {
        return { ref: uriGenerator(externalId) };
      }
      const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
      entry[1].defId = id;
      return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
    }
    const uriPrefix = `#`;
    const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
    if (entry[1] === root && !entry[1].schema.id) {
      return { ref: uriPrefix };
    }
    const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
    return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
  };
  const extractToDef = (entry) => {
    if (entry[1].schema.$ref) {
      return;
    }
    const seen = entry[1];
    const { ref, defId } = makeURI(entry);
    seen.def = { ...seen.schema };
    if (defId)
      seen.defId = defId;
    const schema2 = seen.schema;
    for (const key in schema2) {
      delete schema2[key];
    }
    schema2.$ref = ref;
  };
  if (ctx.cycles === "throw") {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.cycle) {
        throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
      }
    }
  }
  for (const entry of ctx.seen.entries()) {
    const seen = entry[1];
    if (schema === entry[0]) {
      extractToDef(entry);
      continue;
    }
    if (ctx.external) {
      const ext = ctx.external.registry.get(entry[0])?.id;
      if (schema !== entry[0] && ext) {
        extractToDef(entry);
        continue;
      }
    }
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      extractToDef(entry);
      continue;
    }
    if (seen.cycle) {
      extractToDef(entry);
      continue;
    }
    if (seen.count > 1) {
      if (ctx.reused === "ref") {
        extractToDef(entry);
      }
    }
  }
  if (ctx.external)
    ctx.sharedDefsExtractedFor = ctx.external;
}
function compactTypeUnion(schema) {
  const options = schema.anyOf;
  if (!Array.isArray(options) || options.length === 0 || schema.type !== void 0)
    return;
  const types = [];
  for (const option of options) {
    if (!option || typeof option !== "object")
      return;
    compactTypeUnion(option);
    const keys = Object.keys(option);
    if (keys.length !== 1 || keys[0] !== "type")
      return;
    const type = option.type;
    for (const member of Array.isArray(type) ? type : [type]) {
      if (typeof member !== "string")
        return;
      if (!types.includes(member))
        types.push(member);
    }
  }
  delete schema.anyOf;
  schema.type = types.length === 1 ? types[0] : types;
}
function undeclaredConstraint(member) {
  const extra = member.additionalProperties;
  if (extra === void 0 || extra === false || typeof extra !== "object" || extra === null)
    return null;
  return Object.keys(extra).length ? extra : null;
}
function foldObjects(members2) {
  const objects = [];
  for (const member of members2) {
    if (typeof member !== "object" || member.type !== "object")
      return null;
    for (const key in member) {
      if (!FOLDABLE_KEYS.has(key))
        return null;
    }
    objects.push(member);
  }
  const properties = {};
  const required2 = /* @__PURE__ */ new Set();
  for (const object of objects) {
    for (const key in object.properties) {
      if (Object.prototype.hasOwnProperty.call(properties, key))
        continue;
      const parts = [];
      for (const other of objects) {
        const part = other.properties?.[key] ?? undeclaredConstraint(other);
        if (part === null || part === void 0)
          continue;
        if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
          parts.push(part);
      }
      const merged = parts.length === 1 ? parts[0] : foldObjects(parts) ?? { allOf: parts };
      assignProp(properties, key, merged);
    }
    for (const key of object.required ?? [])
      required2.add(key);
  }
  const folded = { type: "object", properties };
  if (required2.size)
    folded.required = [...required2];
  if (objects.every((object) => object.additionalProperties === false)) {
    folded.additionalProperties = false;
  } else {
    const constraints = [];
    for (const object of objects) {
      const constraint = undeclaredConstraint(object);
      if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
        constraints.push(constraint);
    }
    if (constraints.length === 1)
      folded.additionalProperties = constraints[0];
    else if (constraints.length > 1)
      folded.additionalProperties = { allOf: constraints };
  }
  return folded;
}
function foldIntersection(json) {
  const allOf = json.allOf;
  if (!Array.isArray(allOf) || allOf.length < 2)
    return;
  for (const key of FOLDABLE_KEYS)
    if (key in json)
      return;
  const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
  let folded = null;
  if (!unions.length) {
    folded = foldObjects(allOf);
  } else {
    const union2 = unions[0];
    const keyword = UNION_KEYS.find((k) => Array.isArray(union2[k]));
    if (Object.keys(union2).length !== 1)
      return;
    const rest = allOf.filter((m) => m !== union2);
    const branches = union2[keyword].map((branch) => foldObjects([...rest, branch]));
    if (branches.some((b) => !b))
      return;
    folded = { [keyword]: branches };
  }
  if (!folded)
    return;
  delete json.allOf;
  assignProps(json, folded);
}
function finalize(ctx, schema) {
  const root = ctx.seen.get(schema);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  const flattenRef = (zodSchema) => {
    const seen = ctx.seen.get(zodSchema);
    if (seen.ref === null)
      return;
    const schema2 = seen.def ?? seen.schema;
    const _cached = { ...schema2 };
    const ref = seen.ref;
    seen.ref = null;
    if (ref) {
      flattenRef(ref);
      const refSeen = ctx.seen.get(ref);
      const refSchema = refSeen.schema;
      if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
        schema2.allOf = schema2.allOf ?? [];
        schema2.allOf.push(refSchema);
      } else {
        assignProps(schema2, refSchema);
      }
      assignProps(schema2, _cached);
      const isParentRef = zodSchema._zod.parent === ref;
      if (isParentRef) {
        for (const key in schema2) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (!(key in _cached)) {
            delete schema2[key];
          }
        }
      }
      if (refSchema.$ref && refSeen.def) {
        for (const key in schema2) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (key in refSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(refSeen.def[key])) {
            delete schema2[key];
          }
        }
      }
    }
    const parent = zodSchema._zod.parent;
    if (parent && parent !== ref) {
      flattenRef(parent);
      const parentSeen = ctx.seen.get(parent);
      if (parentSeen?.schema.$ref) {
        schema2.$ref = parentSeen.schema.$ref;
        if (parentSeen.def) {
          for (const key in schema2) {
            if (key === "$ref" || key === "allOf")
              continue;
            if (key in parentSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(parentSeen.def[key])) {
              delete schema2[key];
            }
          }
        }
      }
    }
    ctx.override({
      zodSchema,
      jsonSchema: schema2,
      path: seen.path ?? []
    });
  };
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of [...ctx.seen.entries()].reverse()) {
      flattenRef(entry[0]);
    }
    if (ctx.target !== "openapi-3.0") {
      for (const entry of ctx.seen.entries()) {
        compactTypeUnion(entry[1].def ?? entry[1].schema);
      }
    }
    for (const rewrite of ctx.deferred)
      rewrite();
    if (ctx.intersections.length) {
      const carriers = /* @__PURE__ */ new Map();
      for (const seen of ctx.seen.values()) {
        for (const json of [seen.schema, seen.def]) {
          const allOf = json?.allOf;
          if (!Array.isArray(allOf))
            continue;
          const existing = carriers.get(allOf);
          if (existing)
            existing.push(json);
          else
            carriers.set(allOf, [json]);
        }
      }
      for (const allOf of ctx.intersections) {
        for (const json of carriers.get(allOf) ?? [])
          foldIntersection(json);
      }
    }
  }
  const result = {};
  if (ctx.target === "draft-2020-12") {
    result.$schema = "https://json-schema.org/draft/2020-12/schema";
  } else if (ctx.target === "draft-07") {
    result.$schema = "http://json-schema.org/draft-07/schema#";
  } else if (ctx.target === "draft-04") {
    result.$schema = "http://json-schema.org/draft-04/schema#";
  } else if (ctx.target === "openapi-3.0") {
  } else {
  }
  if (ctx.external?.uri) {
    const id = ctx.external.registry.get(schema)?.id;
    if (!id)
      throw new Error("Schema is missing an `id` property");
    result.$id = ctx.external.uri(id);
  }
  assignProps(result, root.defId ? root.schema : root.def ?? root.schema);
  const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
  if (rootMetaId !== void 0 && result.id === rootMetaId)
    delete result.id;
  const defs = ctx.external?.defs ?? {};
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.def && seen.defId) {
        if (seen.def.id === seen.defId)
          delete seen.def.id;
        assignProp(defs, seen.defId, seen.def);
      }
    }
  }
  if (ctx.external)
    ctx.sharedEmitDoneFor = ctx.external;
  if (ctx.external) {
  } else {
    if (Object.keys(defs).length > 0) {
      if (ctx.target === "draft-2020-12") {
        result.$defs = defs;
      } else {
        result.definitions = defs;
      }
    }
  }
  try {
    const finalized = JSON.parse(JSON.stringify(result));
    Object.defineProperty(finalized, "~standard", {
      value: {
        ...schema["~standard"],
        jsonSchema: {
          input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
          output: createStandardJSONSchemaMethod(schema, "output", ctx.processors)
        }
      },
      enumerable: false,
      writable: false
    });
    return finalized;
  } catch (_err) {
    throw new Error("Error converting schema to JSON.");
  }
}
function isTransforming(_schema, _ctx) {
  const ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
  if (ctx.seen.has(_schema))
    return false;
  ctx.seen.add(_schema);
  const def = _schema._zod.def;
  if (def.type === "transform")
    return true;
  if (def.type === "array")
    return isTransforming(def.element, ctx);
  if (def.type === "set")
    return isTransforming(def.valueType, ctx);
  if (def.type === "lazy")
    return isTransforming(def.getter(), ctx);
  if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch") {
    return isTransforming(def.innerType, ctx);
  }
  if (def.type === "intersection") {
    return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
  }
  if (def.type === "record" || def.type === "map") {
    return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
  }
  if (def.type === "pipe") {
    if (_schema._zod.traits.has("$ZodCodec"))
      return true;
    return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
  }
  if (def.type === "object") {
    for (const key in def.shape) {
      if (isTransforming(def.shape[key], ctx))
        return true;
    }
    return false;
  }
  if (def.type === "union") {
    for (const option of def.options) {
      if (isTransforming(option, ctx))
        return true;
    }
    return false;
  }
  if (def.type === "tuple") {
    for (const item of def.items) {
      if (isTransforming(item, ctx))
        return true;
    }
    if (def.rest && isTransforming(def.rest, ctx))
      return true;
    return false;
  }
  return false;
}
var FOLDABLE_KEYS, UNION_KEYS, createToJSONSchemaMethod, createStandardJSONSchemaMethod;
var init_to_json_schema = __esm({
  "node_modules/zod/v4/core/to-json-schema.js"() {
    init_registries();
    init_util();
    FOLDABLE_KEYS = /* @__PURE__ */ new Set(["type", "properties", "required", "additionalProperties"]);
    UNION_KEYS = ["oneOf", "anyOf"];
    createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
      const ctx = initializeContext({ ...params, processors });
      processSchema(schema, ctx);
      extractDefs(ctx, schema);
      return finalize(ctx, schema);
    };
    createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
      const { libraryOptions, target } = params ?? {};
      const ctx = initializeContext({ ...libraryOptions ?? {}, target, io, processors });
      processSchema(schema, ctx);
      extractDefs(ctx, schema);
      return finalize(ctx, schema);
    };
  }
});

// node_modules/zod/v4/core/json-schema-processors.js
function aggregateChecks(schema) {
  const agg = {};
  const def = schema._zod.def;
  const list2 = schema._zod.traits.has("$ZodCheck") ? [schema, ...def.checks ?? []] : def.checks ?? [];
  for (const ch of list2)
    contributors[ch._zod.def.check]?.(agg, ch._zod.def);
  const bag = schema._zod.bag;
  if (bag.minimum !== void 0)
    narrowMin(agg, "minimum", bag.minimum);
  if (bag.exclusiveMinimum !== void 0)
    narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
  if (bag.maximum !== void 0)
    narrowMax(agg, "maximum", bag.maximum);
  if (bag.exclusiveMaximum !== void 0)
    narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
  if (bag.multipleOf !== void 0)
    addDivisor(agg, bag.multipleOf);
  if (bag.format !== void 0) {
    agg.format ?? (agg.format = bag.format);
    if (bag.format.includes("int"))
      agg.isInt = true;
  }
  if (bag.mime)
    intersectMime(agg, bag.mime);
  for (const pattern of bag.patterns ?? [])
    addPattern(agg, pattern);
  return agg;
}
function inputOptin(schema) {
  const def = schema._zod.def;
  if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
    return inputOptin(def.out);
  }
  if (def.type === "catch") {
    return inputOptin(def.innerType);
  }
  return schema._zod.optin;
}
function stringifyKeyNames(bySchema, json, visited) {
  if (json.$ref) {
    if (visited.has(json))
      return json;
    visited.add(json);
    const def = bySchema.get(json)?.def;
    if (!def)
      return json;
    const inlined = stringifyKeyNames(bySchema, def, visited);
    return inlined === def ? json : inlined;
  }
  for (const keyword of ["anyOf", "oneOf"]) {
    const branches = json[keyword];
    if (!Array.isArray(branches))
      continue;
    const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
    if (mapped.some((branch, i) => branch !== branches[i]))
      json = { ...json, [keyword]: mapped };
  }
  const types = Array.isArray(json.type) ? json.type : [json.type];
  const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
  const values = json.enum ?? (json.const !== void 0 ? [json.const] : void 0);
  if (!numericType && !values?.some((v) => typeof v === "number"))
    return json;
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
  if (rest.enum)
    rest.enum = rest.enum.map((v) => typeof v === "number" ? String(v) : v);
  else if (typeof rest.const === "number")
    rest.const = String(rest.const);
  if (!numericType)
    return rest;
  rest.type = "string";
  if (!values)
    rest.pattern = (types.includes("number") ? number : integer).source;
  return rest;
}
function rewriteKeyNames(ctx) {
  const bySchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.values()) {
    if (entry.def && !bySchema.has(entry.schema))
      bySchema.set(entry.schema, entry);
  }
  const rewrites = /* @__PURE__ */ new Map();
  for (const record2 of pendingRecords.get(ctx) ?? []) {
    const seen = ctx.seen.get(record2);
    const names = (seen?.def ?? seen?.schema)?.propertyNames;
    if (!names || names === true || rewrites.has(names))
      continue;
    const rewritten = stringifyKeyNames(bySchema, names, /* @__PURE__ */ new Set());
    if (rewritten !== names)
      rewrites.set(names, rewritten);
  }
  if (!rewrites.size)
    return;
  for (const entry of ctx.seen.values()) {
    for (const carrier of [entry.schema, entry.def]) {
      const rewritten = carrier && rewrites.get(carrier.propertyNames);
      if (rewritten)
        carrier.propertyNames = rewritten;
    }
  }
}
function serializeDefaultValue(value, schema, ctx, json, params) {
  let unrepresentable = false;
  const serialized = JSON.stringify(value, (_, val) => {
    if (typeof val !== "bigint")
      return val;
    unrepresentable = true;
    return null;
  });
  if (!unrepresentable)
    return JSON.parse(serialized);
  handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
  return UNREPRESENTABLE_DEFAULT;
}
var narrowMin, narrowMax, narrowBoth, addDivisor, addPattern, intersectMime, setFormat, minContributor, maxContributor, formatContributor, contributors, formatMap, exactPatterns, exactPattern, stringProcessor, numberProcessor, booleanProcessor, neverProcessor, unknownProcessor, enumProcessor, customProcessor, transformProcessor, arrayProcessor, objectProcessor, unionProcessor, intersectionProcessor, pendingRecords, recordProcessor, nullableProcessor, nonoptionalProcessor, UNREPRESENTABLE_DEFAULT, defaultProcessor, prefaultProcessor, catchProcessor, pipeProcessor, readonlyProcessor, optionalProcessor;
var init_json_schema_processors = __esm({
  "node_modules/zod/v4/core/json-schema-processors.js"() {
    init_regexes();
    init_schemas();
    init_to_json_schema();
    init_util();
    narrowMin = (agg, key, value) => {
      if (agg[key] === void 0 || value > agg[key])
        agg[key] = value;
    };
    narrowMax = (agg, key, value) => {
      if (agg[key] === void 0 || value < agg[key])
        agg[key] = value;
    };
    narrowBoth = (agg, value) => {
      narrowMin(agg, "minimum", value);
      narrowMax(agg, "maximum", value);
    };
    addDivisor = (agg, value) => {
      agg.multipleOf ?? (agg.multipleOf = []);
      if (!agg.multipleOf.includes(value))
        agg.multipleOf.push(value);
    };
    addPattern = (agg, pattern) => {
      agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set());
      agg.patterns.add(pattern);
    };
    intersectMime = (agg, mime) => {
      agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
    };
    setFormat = (agg, format) => {
      agg.format = format;
      if (format.includes("int"))
        agg.isInt = true;
    };
    minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
    maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
    formatContributor = (ranges) => (agg, def) => {
      setFormat(agg, def.format);
      const [minimum, maximum] = ranges[def.format];
      narrowMin(agg, "minimum", minimum);
      narrowMax(agg, "maximum", maximum);
    };
    contributors = {
      greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
      less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
      multiple_of: (agg, def) => addDivisor(agg, def.value),
      number_format: formatContributor(NUMBER_FORMAT_RANGES),
      bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
      min_length: minContributor,
      max_length: maxContributor,
      length_equals: (agg, def) => narrowBoth(agg, def.length),
      min_size: minContributor,
      max_size: maxContributor,
      size_equals: (agg, def) => narrowBoth(agg, def.size),
      string_format: (agg, def) => {
        setFormat(agg, def.format);
        if (def.pattern)
          addPattern(agg, def.pattern);
        if (def.format === "base64" || def.format === "base64url")
          agg.contentEncoding = def.format;
        if (def.local || def.precision === -1)
          agg.laxFormat = true;
      },
      mime_type: (agg, def) => intersectMime(agg, def.mime)
    };
    formatMap = {
      guid: "uuid",
      url: "uri",
      datetime: "date-time",
      json_string: "json-string",
      regex: ""
      // do not set
    };
    exactPatterns = /* @__PURE__ */ new Map([
      [base64Charset, base64],
      [base64urlCharset, base64url]
    ]);
    exactPattern = (p) => exactPatterns.get(p) ?? p;
    stringProcessor = (schema, ctx, _json, _params) => {
      const json = _json;
      json.type = "string";
      const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
      if (typeof minimum === "number")
        json.minLength = minimum;
      if (typeof maximum === "number")
        json.maxLength = maximum;
      if (format) {
        json.format = formatMap[format] ?? format;
        if (json.format === "")
          delete json.format;
        if (format === "time" || laxFormat) {
          delete json.format;
        }
      }
      if (contentEncoding)
        json.contentEncoding = contentEncoding;
      if (patterns && patterns.size > 0) {
        const patternList = [...patterns].map(exactPattern);
        if (patternList.length === 1)
          json.pattern = patternList[0].source;
        else if (patternList.length > 1) {
          json.allOf = [
            ...patternList.map((regex) => ({
              ...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
              pattern: regex.source
            }))
          ];
        }
      }
    };
    numberProcessor = (schema, ctx, _json, params) => {
      const json = _json;
      const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
      json.type = isInt ? "integer" : "number";
      const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
      const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
      const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
      if (exMin) {
        if (legacy) {
          json.minimum = exclusiveMinimum;
          json.exclusiveMinimum = true;
        } else {
          json.exclusiveMinimum = exclusiveMinimum;
        }
      } else if (typeof minimum === "number") {
        json.minimum = minimum;
      }
      if (exMax) {
        if (legacy) {
          json.maximum = exclusiveMaximum;
          json.exclusiveMaximum = true;
        } else {
          json.exclusiveMaximum = exclusiveMaximum;
        }
      } else if (typeof maximum === "number") {
        json.maximum = maximum;
      }
      if (multipleOf) {
        const divisors = /* @__PURE__ */ new Set();
        for (const divisor of multipleOf) {
          if (Number.isFinite(divisor) && divisor !== 0)
            divisors.add(Math.abs(divisor));
          else
            handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
        }
        const [first, ...rest] = divisors;
        if (first !== void 0)
          json.multipleOf = first;
        if (rest.length)
          json.allOf = [...json.allOf ?? [], ...rest.map((m) => ({ multipleOf: m }))];
      }
    };
    booleanProcessor = (_schema, _ctx, json, _params) => {
      json.type = "boolean";
    };
    neverProcessor = (_schema, _ctx, json, _params) => {
      json.not = {};
    };
    unknownProcessor = (_schema, _ctx, _json, _params) => {
    };
    enumProcessor = (schema, _ctx, json, _params) => {
      const def = schema._zod.def;
      const values = getEnumValues(def.entries);
      if (values.length === 0) {
        json.not = {};
        return;
      }
      if (values.every((v) => typeof v === "number"))
        json.type = "number";
      if (values.every((v) => typeof v === "string"))
        json.type = "string";
      json.enum = values;
    };
    customProcessor = (schema, ctx, json, params) => {
      handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
    };
    transformProcessor = (schema, ctx, json, params) => {
      handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
    };
    arrayProcessor = (schema, ctx, _json, params) => {
      const json = _json;
      const def = schema._zod.def;
      const { minimum, maximum } = aggregateChecks(schema);
      if (typeof minimum === "number")
        json.minItems = minimum;
      if (typeof maximum === "number")
        json.maxItems = maximum;
      json.type = "array";
      json.items = processSchema(def.element, ctx, {
        ...params,
        path: [...params.path, "items"]
      });
    };
    objectProcessor = (schema, ctx, _json, params) => {
      const json = _json;
      const def = schema._zod.def;
      const shape = def.shape;
      const symbolKeys = Object.getOwnPropertySymbols(shape);
      if (symbolKeys.length && handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
        return;
      }
      json.type = "object";
      json.properties = {};
      for (const key in shape) {
        assignProp(json.properties, key, processSchema(shape[key], ctx, {
          ...params,
          path: [...params.path, "properties", key]
        }));
      }
      const requiredKeys = [];
      for (const key of Object.keys(shape)) {
        const field = def.shape[key];
        if (ctx.io === "input" ? inputOptin(field) === void 0 : field._zod.optout === void 0) {
          requiredKeys.push(key);
        }
      }
      if (requiredKeys.length > 0) {
        json.required = requiredKeys;
      }
      if (def.catchall?._zod.def.type === "never") {
        json.additionalProperties = false;
      } else if (!def.catchall) {
        if (ctx.io === "output")
          json.additionalProperties = false;
      } else if (def.catchall) {
        json.additionalProperties = processSchema(def.catchall, ctx, {
          ...params,
          path: [...params.path, "additionalProperties"]
        });
      }
    };
    unionProcessor = (schema, ctx, json, params) => {
      const def = schema._zod.def;
      const isExclusive = def.inclusive === false;
      const options = def.options.map((x, i) => processSchema(x, ctx, {
        ...params,
        path: [...params.path, isExclusive ? "oneOf" : "anyOf", i]
      }));
      if (isExclusive) {
        json.oneOf = options;
      } else {
        json.anyOf = options;
      }
    };
    intersectionProcessor = (schema, ctx, json, params) => {
      const def = schema._zod.def;
      const a = processSchema(def.left, ctx, {
        ...params,
        path: [...params.path, "allOf", 0]
      });
      const b = processSchema(def.right, ctx, {
        ...params,
        path: [...params.path, "allOf", 1]
      });
      const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
      const allOf = [
        ...isSimpleIntersection(a) ? a.allOf : [a],
        ...isSimpleIntersection(b) ? b.allOf : [b]
      ];
      json.allOf = allOf;
      ctx.intersections.push(allOf);
    };
    pendingRecords = /* @__PURE__ */ new WeakMap();
    recordProcessor = (schema, ctx, _json, params) => {
      const json = _json;
      const def = schema._zod.def;
      json.type = "object";
      const keyType = def.keyType;
      const patterns = aggregateChecks(keyType).patterns;
      if (def.mode === "loose" && patterns && patterns.size > 0) {
        const valueSchema = processSchema(def.valueType, ctx, {
          ...params,
          path: [...params.path, "patternProperties", "*"]
        });
        json.patternProperties = {};
        for (const pattern of patterns) {
          assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
        }
      } else {
        if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
          json.propertyNames = processSchema(def.keyType, ctx, {
            ...params,
            path: [...params.path, "propertyNames"]
          });
          let pending = pendingRecords.get(ctx);
          if (!pending) {
            pending = [];
            pendingRecords.set(ctx, pending);
            ctx.deferred.push(() => rewriteKeyNames(ctx));
          }
          pending.push(schema);
        }
        json.additionalProperties = processSchema(def.valueType, ctx, {
          ...params,
          path: [...params.path, "additionalProperties"]
        });
      }
      const keyValues = keyType._zod.values;
      const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== void 0;
      if (keyValues && !def.partial && !omittableOnInput) {
        const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
        if (validKeyValues.length > 0) {
          json.required = validKeyValues.map(String);
        }
      }
    };
    nullableProcessor = (schema, ctx, json, params) => {
      const def = schema._zod.def;
      const inner = processSchema(def.innerType, ctx, params);
      const seen = ctx.seen.get(schema);
      if (ctx.target === "openapi-3.0") {
        seen.ref = def.innerType;
        json.nullable = true;
      } else {
        json.anyOf = [inner, { type: "null" }];
      }
    };
    nonoptionalProcessor = (schema, ctx, _json, params) => {
      const def = schema._zod.def;
      processSchema(def.innerType, ctx, params);
      const seen = ctx.seen.get(schema);
      seen.ref = def.innerType;
    };
    UNREPRESENTABLE_DEFAULT = /* @__PURE__ */ Symbol();
    defaultProcessor = (schema, ctx, json, params) => {
      const def = schema._zod.def;
      processSchema(def.innerType, ctx, params);
      const seen = ctx.seen.get(schema);
      seen.ref = def.innerType;
      const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
      if (value !== UNREPRESENTABLE_DEFAULT)
        json.default = value;
    };
    prefaultProcessor = (schema, ctx, json, params) => {
      const def = schema._zod.def;
      processSchema(def.innerType, ctx, params);
      const seen = ctx.seen.get(schema);
      seen.ref = def.innerType;
      if (ctx.io !== "input")
        return;
      const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
      if (value !== UNREPRESENTABLE_DEFAULT)
        json._prefault = value;
    };
    catchProcessor = (schema, ctx, json, params) => {
      const def = schema._zod.def;
      processSchema(def.innerType, ctx, params);
      const seen = ctx.seen.get(schema);
      seen.ref = def.innerType;
      let catchValue;
      try {
        catchValue = def.catchValue(void 0);
      } catch {
        handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
        return;
      }
      json.default = catchValue;
    };
    pipeProcessor = (schema, ctx, _json, params) => {
      const def = schema._zod.def;
      const inIsTransform = def.in._zod.traits.has("$ZodTransform");
      const innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
      processSchema(innerType, ctx, params);
      const seen = ctx.seen.get(schema);
      seen.ref = innerType;
    };
    readonlyProcessor = (schema, ctx, json, params) => {
      const def = schema._zod.def;
      processSchema(def.innerType, ctx, params);
      const seen = ctx.seen.get(schema);
      seen.ref = def.innerType;
      json.readOnly = true;
    };
    optionalProcessor = (schema, ctx, _json, params) => {
      const def = schema._zod.def;
      processSchema(def.innerType, ctx, params);
      const seen = ctx.seen.get(schema);
      seen.ref = def.innerType;
    };
  }
});

// node_modules/zod/v4/core/json-schema.js
var init_json_schema = __esm({
  "node_modules/zod/v4/core/json-schema.js"() {
  }
});

// node_modules/zod/v4/core/index.js
var init_core2 = __esm({
  "node_modules/zod/v4/core/index.js"() {
    init_core();
    init_parse();
    init_errors2();
    init_schemas();
    init_memoizer();
    init_checks();
    init_versions();
    init_util();
    init_regexes();
    init_locales();
    init_registries();
    init_doc();
    init_compile();
    init_api();
    init_to_json_schema();
    init_json_schema();
  }
});

// node_modules/zod/v4/classic/checks.js
var init_checks2 = __esm({
  "node_modules/zod/v4/classic/checks.js"() {
    init_core2();
  }
});

// node_modules/zod/v4/classic/errors.js
function _lazyMethod(proto, key, make) {
  Object.defineProperty(proto, key, {
    configurable: true,
    enumerable: false,
    get() {
      const value = make(this);
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
    }
  });
}
var _installedErrorProtos, initializer2, ZodRealError;
var init_errors3 = __esm({
  "node_modules/zod/v4/classic/errors.js"() {
    init_core2();
    init_core2();
    init_util();
    _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
    initializer2 = (inst, issues) => {
      $ZodError.init(inst, issues);
      inst.name = "ZodError";
      const proto = Object.getPrototypeOf(inst);
      if (_installedErrorProtos.has(proto))
        return;
      _installedErrorProtos.add(proto);
      _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
      _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
      _lazyMethod(proto, "addIssue", (self) => (issue2) => {
        self.issues.push(issue2);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
      });
      _lazyMethod(proto, "addIssues", (self) => (issues2) => {
        self.issues.push(...issues2);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
      });
      Object.defineProperty(proto, "isEmpty", {
        configurable: true,
        enumerable: false,
        get() {
          return this.issues.length === 0;
        }
      });
    };
    ZodRealError = /* @__PURE__ */ $constructor("ZodError", initializer2, void 0, {
      Parent: Error
    });
  }
});

// node_modules/zod/v4/classic/parse.js
var parse, parseAsync, safeParse, safeParseAsync, encode, decode, encodeAsync, decodeAsync, safeEncode, safeDecode, safeEncodeAsync, safeDecodeAsync;
var init_parse2 = __esm({
  "node_modules/zod/v4/classic/parse.js"() {
    init_core2();
    init_errors3();
    init_core2();
    parse = /* @__PURE__ */ _parse(ZodRealError);
    parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
    safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
    safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);
    encode = /* @__PURE__ */ _encode(ZodRealError);
    decode = /* @__PURE__ */ _decode(ZodRealError);
    encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
    decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
    safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
    safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
    safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
    safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);
  }
});

// node_modules/zod/v4/classic/schemas.js
function _ensureDefaultLocale() {
  if (!globalConfig.localeError)
    config(en_default());
}
function _ensureDefaultMemoizer() {
  if (!globalConfig.memoizer)
    config({ memoizer: memoizer() });
}
function string2(params) {
  return _string(ZodString, params);
}
function number2(params) {
  return _number(ZodNumber, params);
}
function int(params) {
  return _int(ZodNumberFormat, params);
}
function boolean2(params) {
  return _boolean(ZodBoolean, params);
}
function unknown() {
  return _unknown(ZodUnknown);
}
function never(params) {
  return _never(ZodNever, params);
}
function array(element, params) {
  return _array(ZodArray, element, params);
}
function strictObject(shape, params) {
  return new ZodObject({
    type: "object",
    shape,
    catchall: never(),
    ...util_exports.normalizeParams(params)
  });
}
function union(options, params) {
  return new ZodUnion({
    type: "union",
    options,
    ...util_exports.normalizeParams(params)
  });
}
function intersection(left, right) {
  return new ZodIntersection({
    type: "intersection",
    left,
    right
  });
}
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodRecord({
      type: "record",
      keyType: string2(),
      valueType: keyType,
      ...util_exports.normalizeParams(valueType)
    });
  }
  return new ZodRecord({
    type: "record",
    keyType,
    valueType,
    ...util_exports.normalizeParams(params)
  });
}
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodEnum({
    type: "enum",
    entries,
    ...util_exports.normalizeParams(params)
  });
}
function transform(fn) {
  return new ZodTransform({
    type: "transform",
    transform: fn
  });
}
function optional(innerType) {
  return new ZodOptional({
    type: "optional",
    innerType
  });
}
function exactOptional(innerType) {
  return new ZodExactOptional({
    type: "optional",
    innerType
  });
}
function nullable(innerType) {
  return new ZodNullable({
    type: "nullable",
    innerType
  });
}
function _default(innerType, defaultValue) {
  return new ZodDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
function prefault(innerType, defaultValue) {
  return new ZodPrefault({
    type: "prefault",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
function nonoptional(innerType, params) {
  return new ZodNonOptional({
    type: "nonoptional",
    innerType,
    ...util_exports.normalizeParams(params)
  });
}
function _catch(innerType, catchValue) {
  return new ZodCatch({
    type: "catch",
    innerType,
    catchValue: typeof catchValue === "function" ? catchValue : util_exports.constantCatch(catchValue)
  });
}
function pipe(in_, out) {
  return new ZodPipe({
    type: "pipe",
    in: in_,
    out
    // ...util.normalizeParams(params),
  });
}
function readonly(innerType) {
  return new ZodReadonly({
    type: "readonly",
    innerType
  });
}
function refine(fn, _params = {}) {
  return _refine(ZodCustom, fn, _params);
}
function superRefine(fn, params) {
  return _superRefine(fn, params);
}
var ZodType, _ZodString, ZodString, ZodStringFormat, ZodISODateTime, ZodISODate, ZodISOTime, ZodISODuration, ZodEmail, ZodGUID, ZodUUID, ZodURL, ZodEmoji, ZodNanoID, ZodCUID, ZodCUID2, ZodULID, ZodXID, ZodKSUID, ZodIPv4, ZodIPv6, ZodCIDRv4, ZodCIDRv6, ZodBase64, ZodBase64URL, ZodE164, ZodJWT, ZodNumber, ZodNumberFormat, ZodBoolean, ZodUnknown, ZodNever, ZodArray, ZodObject, ZodUnion, ZodIntersection, ZodRecord, ZodEnum, ZodTransform, ZodOptional, ZodExactOptional, ZodNullable, ZodDefault, ZodPrefault, ZodNonOptional, ZodCatch, ZodPipe, ZodReadonly, ZodCustom;
var init_schemas2 = __esm({
  "node_modules/zod/v4/classic/schemas.js"() {
    init_core2();
    init_core2();
    init_json_schema_processors();
    init_to_json_schema();
    init_en();
    init_checks2();
    init_parse2();
    ZodType = /* @__PURE__ */ $constructor("ZodType", (inst, def) => {
      _ensureDefaultLocale();
      $ZodType.init(inst, def);
      inst.def = def;
      inst.type = def.type;
      return inst;
    }, {
      check(...chks) {
        const def = this.def;
        return this.clone(util_exports.mergeDefs(def, {
          checks: [
            ...def.checks ?? [],
            ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
          ]
        }), { parent: true });
      },
      with(...chks) {
        return this.check(...chks);
      },
      clone(def, params) {
        return clone(this, def, params);
      },
      brand() {
        return this;
      },
      register(reg, meta2) {
        reg.add(this, meta2);
        return this;
      },
      refine(check, params) {
        return this.check(refine(check, params));
      },
      superRefine(refinement, params) {
        return this.check(superRefine(refinement, params));
      },
      overwrite(fn) {
        return this.check(_overwrite(fn));
      },
      optional() {
        return optional(this);
      },
      exactOptional() {
        return exactOptional(this);
      },
      nullable() {
        return nullable(this);
      },
      nullish() {
        return optional(nullable(this));
      },
      nonoptional(params) {
        return nonoptional(this, params);
      },
      array() {
        return array(this);
      },
      or(arg) {
        return union([this, arg]);
      },
      and(arg) {
        return intersection(this, arg);
      },
      transform(tx) {
        return pipe(this, transform(tx));
      },
      default(d) {
        return _default(this, d);
      },
      prefault(d) {
        return prefault(this, d);
      },
      catch(params) {
        return _catch(this, params);
      },
      pipe(target) {
        return pipe(this, target);
      },
      readonly() {
        return readonly(this);
      },
      describe(description) {
        const cl = this.clone();
        globalRegistry.add(cl, { description });
        return cl;
      },
      meta(...args) {
        if (args.length === 0)
          return globalRegistry.get(this);
        const cl = this.clone();
        globalRegistry.add(cl, args[0]);
        return cl;
      },
      isOptional() {
        return this.safeParse(void 0).success;
      },
      isNullable() {
        return this.safeParse(null).success;
      },
      apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
      },
      // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
      get "~standard"() {
        return util_exports.hide(this, "~standard", {
          ...standardProps(this),
          jsonSchema: {
            input: createStandardJSONSchemaMethod(this, "input"),
            output: createStandardJSONSchemaMethod(this, "output")
          }
        });
      },
      set "~standard"(value) {
        util_exports.own(this, "~standard", value);
      },
      parse: function _parse2(data, params) {
        return parse(this, data, params, { callee: _parse2 });
      },
      parseAsync: async function _parseAsync2(data, params) {
        return await parseAsync(this, data, params, { callee: _parseAsync2 });
      },
      safeParse(data, params) {
        return safeParse(this, data, params);
      },
      async safeParseAsync(data, params) {
        return safeParseAsync(this, data, params);
      },
      // `spa` is an alias: same function object as `safeParseAsync`, as before.
      get spa() {
        return this?.safeParseAsync;
      },
      set spa(value) {
        util_exports.own(this, "spa", value);
      },
      validate(data, params) {
        return validate(this, data, params);
      },
      validateAsync(data, params) {
        return validateAsync(this, data, params);
      },
      encode: function _encode2(data, params) {
        return encode(this, data, params, { callee: _encode2 });
      },
      decode: function _decode2(data, params) {
        return decode(this, data, params, { callee: _decode2 });
      },
      encodeAsync: async function _encodeAsync2(data, params) {
        return await encodeAsync(this, data, params, { callee: _encodeAsync2 });
      },
      decodeAsync: async function _decodeAsync2(data, params) {
        return await decodeAsync(this, data, params, { callee: _decodeAsync2 });
      },
      safeEncode(data, params) {
        return safeEncode(this, data, params);
      },
      safeDecode(data, params) {
        return safeDecode(this, data, params);
      },
      async safeEncodeAsync(data, params) {
        return safeEncodeAsync(this, data, params);
      },
      async safeDecodeAsync(data, params) {
        return safeDecodeAsync(this, data, params);
      },
      toJSONSchema(params) {
        return createToJSONSchemaMethod(this, {})(params);
      },
      // Reads through to the registry on every access, so it must not cache.
      get description() {
        return globalRegistry.get(this)?.description;
      },
      // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
      get _def() {
        return this._zod.def;
      }
    });
    _ZodString = /* @__PURE__ */ $constructor(
      "_ZodString",
      (inst, def) => {
        $ZodString.init(inst, def);
        ZodType.init(inst, def);
        inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
      },
      /* @__PURE__ */ util_exports.derived({
        format: (inst) => aggregateChecks(inst).format ?? null,
        minLength: (inst) => aggregateChecks(inst).minimum ?? null,
        maxLength: (inst) => aggregateChecks(inst).maximum ?? null
      }, {
        regex(...args) {
          return this.check(_regex(...args));
        },
        includes(...args) {
          return this.check(_includes(...args));
        },
        startsWith(...args) {
          return this.check(_startsWith(...args));
        },
        endsWith(...args) {
          return this.check(_endsWith(...args));
        },
        min(...args) {
          return this.check(_minLength(...args));
        },
        max(...args) {
          return this.check(_maxLength(...args));
        },
        length(...args) {
          return this.check(_length(...args));
        },
        nonempty(...args) {
          return this.check(_minLength(1, ...args));
        },
        lowercase(params) {
          return this.check(_lowercase(params));
        },
        uppercase(params) {
          return this.check(_uppercase(params));
        },
        trim() {
          return this.check(_trim());
        },
        normalize(...args) {
          return this.check(_normalize(...args));
        },
        toLowerCase() {
          return this.check(_toLowerCase());
        },
        toUpperCase() {
          return this.check(_toUpperCase());
        },
        slugify() {
          return this.check(_slugify());
        }
      })
    );
    ZodString = /* @__PURE__ */ $constructor("ZodString", (inst, def) => {
      $ZodString.init(inst, def);
      _ZodString.init(inst, def);
    }, {
      email(params) {
        return this.check(_email(ZodEmail, params));
      },
      url(params) {
        return this.check(_url(ZodURL, params));
      },
      jwt(params) {
        return this.check(_jwt(ZodJWT, params));
      },
      emoji(params) {
        return this.check(_emoji2(ZodEmoji, params));
      },
      guid(params) {
        return this.check(_guid(ZodGUID, params));
      },
      uuid(params) {
        return this.check(_uuid(ZodUUID, params));
      },
      uuidv4(params) {
        return this.check(_uuidv4(ZodUUID, params));
      },
      uuidv6(params) {
        return this.check(_uuidv6(ZodUUID, params));
      },
      uuidv7(params) {
        return this.check(_uuidv7(ZodUUID, params));
      },
      nanoid(params) {
        return this.check(_nanoid(ZodNanoID, params));
      },
      cuid(params) {
        return this.check(_cuid(ZodCUID, params));
      },
      cuid2(params) {
        return this.check(_cuid2(ZodCUID2, params));
      },
      ulid(params) {
        return this.check(_ulid(ZodULID, params));
      },
      base64(params) {
        return this.check(_base64(ZodBase64, params));
      },
      base64url(params) {
        return this.check(_base64url(ZodBase64URL, params));
      },
      xid(params) {
        return this.check(_xid(ZodXID, params));
      },
      ksuid(params) {
        return this.check(_ksuid(ZodKSUID, params));
      },
      ipv4(params) {
        return this.check(_ipv4(ZodIPv4, params));
      },
      ipv6(params) {
        return this.check(_ipv6(ZodIPv6, params));
      },
      cidrv4(params) {
        return this.check(_cidrv4(ZodCIDRv4, params));
      },
      cidrv6(params) {
        return this.check(_cidrv6(ZodCIDRv6, params));
      },
      e164(params) {
        return this.check(_e164(ZodE164, params));
      },
      datetime(params) {
        return this.check(_isoDateTime(ZodISODateTime, params));
      },
      date(params) {
        return this.check(_isoDate(ZodISODate, params));
      },
      time(params) {
        return this.check(_isoTime(ZodISOTime, params));
      },
      duration(params) {
        return this.check(_isoDuration(ZodISODuration, params));
      }
    });
    ZodStringFormat = /* @__PURE__ */ $constructor("ZodStringFormat", (inst, def) => {
      $ZodStringFormat.init(inst, def);
      _ZodString.init(inst, def);
    });
    ZodISODateTime = /* @__PURE__ */ $constructor("ZodISODateTime", (inst, def) => {
      $ZodISODateTime.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodISODate = /* @__PURE__ */ $constructor("ZodISODate", (inst, def) => {
      $ZodISODate.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodISOTime = /* @__PURE__ */ $constructor("ZodISOTime", (inst, def) => {
      $ZodISOTime.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodISODuration = /* @__PURE__ */ $constructor("ZodISODuration", (inst, def) => {
      $ZodISODuration.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodEmail = /* @__PURE__ */ $constructor("ZodEmail", (inst, def) => {
      $ZodEmail.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodGUID = /* @__PURE__ */ $constructor("ZodGUID", (inst, def) => {
      $ZodGUID.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodUUID = /* @__PURE__ */ $constructor("ZodUUID", (inst, def) => {
      $ZodUUID.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodURL = /* @__PURE__ */ $constructor("ZodURL", (inst, def) => {
      $ZodURL.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodEmoji = /* @__PURE__ */ $constructor("ZodEmoji", (inst, def) => {
      $ZodEmoji.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodNanoID = /* @__PURE__ */ $constructor("ZodNanoID", (inst, def) => {
      $ZodNanoID.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodCUID = /* @__PURE__ */ $constructor("ZodCUID", (inst, def) => {
      $ZodCUID.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodCUID2 = /* @__PURE__ */ $constructor("ZodCUID2", (inst, def) => {
      $ZodCUID2.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodULID = /* @__PURE__ */ $constructor("ZodULID", (inst, def) => {
      $ZodULID.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodXID = /* @__PURE__ */ $constructor("ZodXID", (inst, def) => {
      $ZodXID.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodKSUID = /* @__PURE__ */ $constructor("ZodKSUID", (inst, def) => {
      $ZodKSUID.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodIPv4 = /* @__PURE__ */ $constructor("ZodIPv4", (inst, def) => {
      $ZodIPv4.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodIPv6 = /* @__PURE__ */ $constructor("ZodIPv6", (inst, def) => {
      $ZodIPv6.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodCIDRv4 = /* @__PURE__ */ $constructor("ZodCIDRv4", (inst, def) => {
      $ZodCIDRv4.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodCIDRv6 = /* @__PURE__ */ $constructor("ZodCIDRv6", (inst, def) => {
      $ZodCIDRv6.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodBase64 = /* @__PURE__ */ $constructor("ZodBase64", (inst, def) => {
      $ZodBase64.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodBase64URL = /* @__PURE__ */ $constructor("ZodBase64URL", (inst, def) => {
      $ZodBase64URL.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodE164 = /* @__PURE__ */ $constructor("ZodE164", (inst, def) => {
      $ZodE164.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodJWT = /* @__PURE__ */ $constructor("ZodJWT", (inst, def) => {
      $ZodJWT.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    ZodNumber = /* @__PURE__ */ $constructor(
      "ZodNumber",
      (inst, def) => {
        $ZodNumber.init(inst, def);
        ZodType.init(inst, def);
        inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
        inst.isFinite = true;
      },
      /* @__PURE__ */ util_exports.derived({
        minValue: (inst) => {
          const { minimum, exclusiveMinimum } = aggregateChecks(inst);
          return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
        },
        maxValue: (inst) => {
          const { maximum, exclusiveMaximum } = aggregateChecks(inst);
          return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
        },
        isInt: (inst) => {
          const { isInt, multipleOf } = aggregateChecks(inst);
          return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
        },
        format: (inst) => aggregateChecks(inst).format ?? null
      }, {
        gt(value, params) {
          return this.check(_gt(value, params));
        },
        gte(value, params) {
          return this.check(_gte(value, params));
        },
        min(value, params) {
          return this.check(_gte(value, params));
        },
        lt(value, params) {
          return this.check(_lt(value, params));
        },
        lte(value, params) {
          return this.check(_lte(value, params));
        },
        max(value, params) {
          return this.check(_lte(value, params));
        },
        int(params) {
          return this.check(int(params));
        },
        safe(params) {
          return this.check(int(params));
        },
        positive(params) {
          return this.check(_gt(0, params));
        },
        nonnegative(params) {
          return this.check(_gte(0, params));
        },
        negative(params) {
          return this.check(_lt(0, params));
        },
        nonpositive(params) {
          return this.check(_lte(0, params));
        },
        multipleOf(value, params) {
          return this.check(_multipleOf(value, params));
        },
        step(value, params) {
          return this.check(_multipleOf(value, params));
        },
        finite() {
          return this;
        }
      })
    );
    ZodNumberFormat = /* @__PURE__ */ $constructor("ZodNumberFormat", (inst, def) => {
      $ZodNumberFormat.init(inst, def);
      ZodNumber.init(inst, def);
    });
    ZodBoolean = /* @__PURE__ */ $constructor("ZodBoolean", (inst, def) => {
      $ZodBoolean.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
    });
    ZodUnknown = /* @__PURE__ */ $constructor("ZodUnknown", (inst, def) => {
      $ZodUnknown.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
    });
    ZodNever = /* @__PURE__ */ $constructor("ZodNever", (inst, def) => {
      $ZodNever.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
    });
    ZodArray = /* @__PURE__ */ $constructor("ZodArray", (inst, def) => {
      _ensureDefaultMemoizer();
      $ZodArray.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
      inst.element = def.element;
    }, {
      min(n, params) {
        return this.check(_minLength(n, params));
      },
      nonempty(params) {
        return this.check(_minLength(1, params));
      },
      max(n, params) {
        return this.check(_maxLength(n, params));
      },
      length(n, params) {
        return this.check(_length(n, params));
      },
      unwrap() {
        return this.element;
      }
    });
    ZodObject = /* @__PURE__ */ $constructor("ZodObject", (inst, def) => {
      _ensureDefaultMemoizer();
      $ZodObjectJIT.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
      util_exports.installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
    }, {
      keyof() {
        return _enum(Object.keys(this._zod.def.shape));
      },
      catchall(catchall) {
        return this.clone(util_exports.mergeDefs(this._zod.def, { catchall }));
      },
      passthrough() {
        return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
      },
      loose() {
        return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
      },
      strict() {
        return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: never() }));
      },
      strip() {
        return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: void 0 }));
      },
      extend(incoming) {
        return util_exports.extend(this, incoming);
      },
      safeExtend(incoming) {
        return util_exports.safeExtend(this, incoming);
      },
      merge(other) {
        return util_exports.merge(this, other);
      },
      pick(mask) {
        return util_exports.pick(this, mask);
      },
      omit(mask) {
        return util_exports.omit(this, mask);
      },
      partial(...args) {
        return util_exports.partial(ZodOptional, this, args[0]);
      },
      exactPartial(...args) {
        return util_exports.partial(ZodExactOptional, this, args[0], "exactPartial");
      },
      required(...args) {
        return util_exports.required(ZodNonOptional, this, args[0]);
      }
    });
    ZodUnion = /* @__PURE__ */ $constructor("ZodUnion", (inst, def) => {
      $ZodUnion.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
      inst.options = def.options;
    });
    ZodIntersection = /* @__PURE__ */ $constructor("ZodIntersection", (inst, def) => {
      $ZodIntersection.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
    });
    ZodRecord = /* @__PURE__ */ $constructor("ZodRecord", (inst, def) => {
      _ensureDefaultMemoizer();
      $ZodRecord.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params);
      inst.keyType = def.keyType;
      inst.valueType = def.valueType;
    });
    ZodEnum = /* @__PURE__ */ $constructor("ZodEnum", (inst, def) => {
      $ZodEnum.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
      inst.enum = def.entries;
      inst.options = [...inst._zod.values];
      const keys = new Set(Object.keys(def.entries));
      inst.extract = (values, params) => {
        const newEntries = {};
        for (const value of values) {
          if (keys.has(value)) {
            newEntries[value] = def.entries[value];
          } else
            throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
          ...def,
          checks: [],
          ...util_exports.normalizeParams(params),
          entries: newEntries
        });
      };
      inst.exclude = (values, params) => {
        const newEntries = { ...def.entries };
        for (const value of values) {
          if (keys.has(value)) {
            delete newEntries[value];
          } else
            throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
          ...def,
          checks: [],
          ...util_exports.normalizeParams(params),
          entries: newEntries
        });
      };
    });
    ZodTransform = /* @__PURE__ */ $constructor("ZodTransform", (inst, def) => {
      _ensureDefaultMemoizer();
      $ZodTransform.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
      inst._zod.parse = (payload, _ctx) => {
        if (_ctx.direction === "backward") {
          throw new $ZodEncodeError(inst.constructor.name);
        }
        payload.addIssue = (issue2) => {
          if (typeof issue2 === "string") {
            payload.issues.push(util_exports.issue(issue2, payload.value, def));
          } else {
            const _issue = issue2;
            if (_issue.fatal)
              _issue.continue = false;
            _issue.code ?? (_issue.code = "custom");
            if (!("input" in _issue))
              _issue.input = payload.value;
            _issue.inst ?? (_issue.inst = inst);
            payload.issues.push(util_exports.issue(_issue));
          }
        };
        const output = def.transform(payload.value, payload);
        if (output instanceof Promise) {
          return output.then((output2) => {
            payload.value = output2;
            return payload;
          });
        }
        payload.value = output;
        return payload;
      };
    });
    ZodOptional = /* @__PURE__ */ $constructor("ZodOptional", (inst, def) => {
      $ZodOptional.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.innerType;
    });
    ZodExactOptional = /* @__PURE__ */ $constructor("ZodExactOptional", (inst, def) => {
      $ZodExactOptional.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.innerType;
    });
    ZodNullable = /* @__PURE__ */ $constructor("ZodNullable", (inst, def) => {
      $ZodNullable.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.innerType;
    });
    ZodDefault = /* @__PURE__ */ $constructor("ZodDefault", (inst, def) => {
      $ZodDefault.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.innerType;
      inst.removeDefault = inst.unwrap;
    });
    ZodPrefault = /* @__PURE__ */ $constructor("ZodPrefault", (inst, def) => {
      $ZodPrefault.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.innerType;
    });
    ZodNonOptional = /* @__PURE__ */ $constructor("ZodNonOptional", (inst, def) => {
      $ZodNonOptional.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.innerType;
    });
    ZodCatch = /* @__PURE__ */ $constructor("ZodCatch", (inst, def) => {
      $ZodCatch.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.innerType;
      inst.removeCatch = inst.unwrap;
    });
    ZodPipe = /* @__PURE__ */ $constructor("ZodPipe", (inst, def) => {
      $ZodPipe.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
      inst.in = def.in;
      inst.out = def.out;
    });
    ZodReadonly = /* @__PURE__ */ $constructor("ZodReadonly", (inst, def) => {
      $ZodReadonly.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.innerType;
    });
    ZodCustom = /* @__PURE__ */ $constructor("ZodCustom", (inst, def) => {
      $ZodCustom.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
    });
  }
});

// node_modules/zod/v4/classic/compat.js
var ZodFirstPartyTypeKind;
var init_compat = __esm({
  "node_modules/zod/v4/classic/compat.js"() {
    /* @__PURE__ */ (function(ZodFirstPartyTypeKind2) {
    })(ZodFirstPartyTypeKind || (ZodFirstPartyTypeKind = {}));
  }
});

// node_modules/zod/v4/classic/iso.js
var init_iso = __esm({
  "node_modules/zod/v4/classic/iso.js"() {
  }
});

// node_modules/zod/v4/classic/coerce.js
var init_coerce = __esm({
  "node_modules/zod/v4/classic/coerce.js"() {
  }
});

// node_modules/zod/v4/classic/external.js
var init_external = __esm({
  "node_modules/zod/v4/classic/external.js"() {
    init_core2();
    init_schemas2();
    init_checks2();
    init_errors3();
    init_parse2();
    init_compat();
    init_core2();
    init_locales();
    init_iso();
    init_coerce();
  }
});

// node_modules/zod/index.js
var init_zod = __esm({
  "node_modules/zod/index.js"() {
    init_external();
  }
});

// src/config/schema.ts
var severitySetting, nonEmptyString2, namespaceName, cidrText, clusterFactKeys, configSchema;
var init_schema = __esm({
  "src/config/schema.ts"() {
    "use strict";
    init_zod();
    init_cidr();
    init_calico_version();
    init_size();
    init_defaults();
    severitySetting = _enum(["off", "warn", "error"]);
    nonEmptyString2 = string2().min(1, "must not be empty");
    namespaceName = string2().regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/, "must be a valid namespace name (DNS-1123 label)");
    cidrText = string2().superRefine((text, ctx) => {
      const parsed = parseCidr(text);
      if (!parsed.ok) {
        ctx.addIssue({ code: "custom", message: `must be a CIDR such as 10.96.0.0/12 or fd00::/108 (${parsed.reason})` });
      } else if (parsed.hostBitsSet) {
        ctx.addIssue({ code: "custom", message: `has host bits set: did you mean ${parsed.cidr.canonical}?` });
      }
    });
    clusterFactKeys = {
      /** Pod CIDRs (kubeadm podSubnet, --cluster-cidr). */
      podCidrs: array(cidrText).optional(),
      /** Service CIDRs (--service-cluster-ip-range). */
      serviceCidrs: array(cidrText).optional(),
      /** Networks the nodes' own addresses come from. */
      nodeCidrs: array(cidrText).optional(),
      /** Nodes the pools must serve (capacity checks). */
      maxNodes: number2().int().positive().optional()
    };
    configSchema = strictObject({
      /** Namespace of namespaced objects without metadata.namespace. */
      defaultNamespace: namespaceName.default("default"),
      /** Pools reserved for infrastructure, and the namespaces that may use them. */
      infraPools: array(
        strictObject({
          name: nonEmptyString2,
          /** Namespace names or globs (`ci-*`). */
          allowedNamespaces: array(nonEmptyString2).default([])
        })
      ).default([]),
      hostNetwork: strictObject({
        /** Workloads that may keep `hostNetwork: true`. */
        allow: array(strictObject({ namespace: nonEmptyString2, name: nonEmptyString2.optional() })).default([]),
        /**
         * CNI agents, their operators and kube-proxy must run on the node's network:
         * recognise them (src/resources/node-network-components.ts) and let them be.
         */
        allowNodeNetworkComponents: boolean2().default(true)
      }).default({ allow: [], allowNodeNetworkComponents: true }),
      /** Ranges no pool may overlap (service CIDR, node subnets). */
      reservedCidrs: array(cidrText).default([]),
      /** Routable ranges an infra pool must stay out of. */
      intranetCidrs: array(cidrText).default([]),
      /** Scopes for cross-document rules; files outside every cluster share one default scope. */
      clusters: array(strictObject({ name: nonEmptyString2, paths: array(nonEmptyString2).min(1, "must list at least one path"), ...clusterFactKeys })).default([]),
      /** Globs of files never to lint, relative to the configuration file. */
      ignores: array(nonEmptyString2).default([]),
      /** Severity per rule id: off | warn | error. */
      rules: record(string2(), severitySetting).default({}),
      /** Files larger than this (bytes) are reported, not parsed. `10MB`, `512KB` or a number of bytes. */
      maxFileSize: unknown().transform((value, ctx) => {
        const bytes = typeof value === "number" || typeof value === "string" ? parseSize(value) : void 0;
        if (bytes === void 0) {
          ctx.addIssue({ code: "custom", message: `must be a size: ${SIZE_EXAMPLE}` });
          return NEVER2;
        }
        return bytes;
      }).default(DEFAULT_MAX_FILE_SIZE),
      /** The Calico release the manifests target, e.g. "3.30": checks that exist only from a later release are skipped. */
      calicoVersion: unknown().transform((value, ctx) => {
        if (typeof value === "number") {
          ctx.addIssue({ code: "custom", message: `must be a quoted string: YAML reads it as the number ${value}, and 3.30 would become 3.3. Quote it, e.g. calicoVersion: "3.30"` });
          return NEVER2;
        }
        const version2 = typeof value === "string" ? normalizeCalicoVersion(value) : void 0;
        if (version2 === void 0) {
          ctx.addIssue({ code: "custom", message: `must be ${CALICO_VERSION_EXAMPLE}` });
          return NEVER2;
        }
        return version2;
      }).default(DEFAULT_CALICO_VERSION),
      /** Cluster facts for the default scope (files outside every cluster). */
      ...clusterFactKeys
    });
  }
});

// src/config/parse-config.ts
var parse_config_exports = {};
__export(parse_config_exports, {
  configSyntaxProblem: () => configSyntaxProblem,
  parseConfig: () => parseConfig
});
import path5 from "node:path";
function parseConfig(text, filePath, knownRuleIds, cwd = process.cwd()) {
  const shown2 = displayPath(filePath, cwd);
  const parsed = parseManifest(filePath, text, { yamlVersion: "1.2" });
  const problem = parsed.problems[0];
  if (problem) {
    throw new UsageError(`${shown2}:${problem.range.line}:${problem.range.column}: ${configSyntaxProblem(problem.message)}`);
  }
  if (parsed.documents.length > 1) {
    const second = parsed.documents[1].locate([]);
    throw new UsageError(`${shown2}:${second.line}:${second.column}: a configuration file holds one document`);
  }
  const doc = parsed.documents[0];
  const data = doc?.value ?? {};
  const result = configSchema.safeParse(data);
  const messages = [];
  if (!result.success) {
    for (const issue2 of result.error.issues) messages.push(describeIssue(issue2, data, doc, shown2));
  } else {
    messages.push(...checkSemantics(result.data, knownRuleIds, doc, shown2));
  }
  if (messages.length > 0) throw new UsageError(sortByPosition(messages).join("\n"));
  return { ...result.data, baseDir: path5.dirname(filePath), filePath };
}
function sortByPosition(messages) {
  const position = (message2) => (/:(\d+):(\d+):/.exec(message2) ?? []).slice(1).map(Number);
  return messages.flatMap((message2) => message2.split("\n")).sort((a, b) => {
    const [la = 0, ca = 0] = position(a);
    const [lb = 0, cb = 0] = position(b);
    return la - lb || ca - cb;
  });
}
function checkSemantics(config2, knownRuleIds, doc, shown2) {
  const messages = [];
  for (const ruleId of Object.keys(config2.rules)) {
    if (!knownRuleIds.includes(ruleId)) {
      const suggestion = closest(ruleId, knownRuleIds);
      messages.push(
        at(doc, shown2, ["rules", ruleId], "key") + `unknown rule ${quote(ruleId)}` + (suggestion ? ` (did you mean ${quote(suggestion)}?)` : "")
      );
    }
  }
  const seenClusters = /* @__PURE__ */ new Map();
  config2.clusters.forEach((cluster, i) => {
    if (cluster.name === DEFAULT_SCOPE) {
      messages.push(at(doc, shown2, ["clusters", i, "name"]) + `clusters[${i}].name: ${quote(DEFAULT_SCOPE)} is reserved for the files outside every cluster; choose another name`);
    } else if (seenClusters.has(cluster.name)) {
      messages.push(at(doc, shown2, ["clusters", i, "name"]) + `clusters[${i}].name: the same name as clusters[${seenClusters.get(cluster.name)}].name`);
    } else {
      seenClusters.set(cluster.name, i);
    }
  });
  const seenPools = /* @__PURE__ */ new Map();
  config2.infraPools.forEach((pool, i) => {
    if (seenPools.has(pool.name)) {
      messages.push(at(doc, shown2, ["infraPools", i, "name"]) + `infraPools[${i}].name: the same pool as infraPools[${seenPools.get(pool.name)}].name`);
    } else {
      seenPools.set(pool.name, i);
    }
  });
  return messages;
}
function describeIssue(issue2, data, doc, shown2) {
  const issuePath = issue2.path.filter((s) => typeof s !== "symbol");
  if (issue2.code === "unrecognized_keys") {
    return issue2.keys.map((key) => {
      const keyPath = [...issuePath, key];
      const known = Object.keys(shapeAt(issuePath));
      const suggestion = closest(key, known);
      return at(doc, shown2, keyPath, "key") + `unknown key ${quote(renderPath(keyPath))}` + (suggestion ? ` (did you mean ${quote(suggestion)}?)` : known.length ? ` (expected one of: ${known.join(", ")})` : "");
    }).join("\n");
  }
  const where = at(doc, shown2, issuePath) + (issuePath.length ? `${echo(renderPath(issuePath), 200)}: ` : "");
  if (issue2.code === "invalid_type" && valueAt(data, issuePath) === void 0) {
    return `${where}is required`;
  }
  if (issue2.code === "invalid_type") {
    return `${where}must be ${article(issue2.expected)}, found ${describeValue(valueAt(data, issuePath))}`;
  }
  if (issue2.code === "invalid_value") {
    return `${where}must be one of ${issue2.values.map((v) => String(v)).join(" | ")}, found ${describeValue(valueAt(data, issuePath))}`;
  }
  return `${where}${issue2.message}`;
}
function shapeAt(issuePath) {
  let schema = configSchema;
  for (const segment of issuePath) {
    schema = unwrap(schema);
    if (typeof segment === "number") schema = schema.element;
    else schema = schema.shape?.[segment];
  }
  schema = unwrap(schema);
  return schema?.shape ?? {};
}
function unwrap(schema) {
  let current = schema;
  while (current?.def?.innerType) current = current.def.innerType;
  return current;
}
function at(doc, shown2, keyPath, part = "value") {
  if (!doc) return `${shown2}: `;
  const range = doc.locate(keyPath, part);
  return `${shown2}:${range.line}:${range.column}: `;
}
function renderPath(keyPath) {
  return keyPath.map((segment, i) => typeof segment === "number" ? `[${segment}]` : i === 0 ? segment : `.${segment}`).join("");
}
function valueAt(data, keyPath) {
  let current = data;
  for (const segment of keyPath) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[segment];
  }
  return current;
}
function describeValue(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return "a string";
  if (typeof value === "number") return "a number";
  if (typeof value === "boolean") return "true or false";
  return typeof value;
}
function configSyntaxProblem(message2) {
  if (message2.startsWith("Duplicate key")) return message2.replace(/: kubectl rejects the whole document$/, "");
  if (message2.startsWith("Nested deeper")) return "nested too deeply";
  if (message2.startsWith("More than")) return "too many values";
  return "not valid YAML or JSON here";
}
function article(expected) {
  switch (expected) {
    case "array":
      return "a list";
    case "object":
      return "a mapping";
    case "string":
      return "a string";
    case "number":
      return "a number";
    case "boolean":
      return "true or false";
    default:
      return expected;
  }
}
var init_parse_config = __esm({
  "src/config/parse-config.ts"() {
    "use strict";
    init_parse_manifest();
    init_text();
    init_schema();
    init_errors();
    init_load_config();
  }
});

// src/config/load-config.ts
import { realpath, stat } from "node:fs/promises";
import path6 from "node:path";
async function loadConfig(options) {
  const filePath = options.configPath ? path6.resolve(options.cwd, options.configPath) : await findConfigFile(options.cwd);
  if (filePath === void 0) return defaultConfig(options.cwd);
  const outside = await leavesRepository(filePath, options.cwd);
  if (outside !== void 0) {
    throw new UsageError(`not reading configuration ${displayPath(filePath, options.cwd)}: it is a symbolic link (or a path through one) leading outside the repository; links out of the repository are never followed`);
  }
  const read = await readRegularFile(filePath, MAX_CONFIG_SIZE);
  if (!read.ok) {
    const problem = read.tooLarge ? `larger than ${formatSize(MAX_CONFIG_SIZE)}` : read.problem.replace(/^(cannot read file|not linted): /, "");
    throw new UsageError(`cannot read configuration ${displayPath(filePath, options.cwd)}: ${problem}`);
  }
  const { parseConfig: parseConfig2 } = await Promise.resolve().then(() => (init_parse_config(), parse_config_exports));
  const config2 = parseConfig2(read.bytes.toString("utf8"), filePath, options.knownRuleIds, options.cwd);
  return options.configPath ? { ...config2, baseDir: configBaseDir(filePath, options.cwd) } : config2;
}
async function findConfigFile(startDir) {
  let dir = path6.resolve(startDir);
  for (; ; ) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path6.join(dir, name);
      const info = await stat(candidate).catch(() => void 0);
      if (info?.isFile()) return candidate;
    }
    const parent = path6.dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
function defaultConfig(baseDir) {
  return { ...defaultSettings(), baseDir, filePath: void 0 };
}
async function leavesRepository(file, cwd) {
  const root = repositoryOf(path6.resolve(cwd)) ?? path6.resolve(cwd);
  const relative = path6.relative(root, file);
  if (relative.startsWith("..") || path6.isAbsolute(relative)) return void 0;
  const [real, realRoot] = await Promise.all([realpath(file).catch(() => void 0), realpath(root).catch(() => root)]);
  if (real === void 0) return void 0;
  const inside = path6.relative(realRoot, real);
  return inside.startsWith("..") || path6.isAbsolute(inside) ? real : void 0;
}
function displayPath(filePath, cwd) {
  const relative = path6.relative(cwd, filePath);
  return relative === "" || relative.startsWith("..") || path6.isAbsolute(relative) ? filePath : relative;
}
var CONFIG_FILE_NAMES, MAX_CONFIG_SIZE;
var init_load_config = __esm({
  "src/config/load-config.ts"() {
    "use strict";
    init_defaults();
    init_errors();
    init_read_sources();
    init_size();
    init_config_root();
    init_repository();
    CONFIG_FILE_NAMES = [".calico-lint.yaml", ".calico-lint.yml", ".calico-lint.json"];
    MAX_CONFIG_SIZE = 1024 * 1024;
  }
});

// src/git/git.ts
import { execFileSync } from "node:child_process";
function gitEnvironment() {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith("GIT_")) env[key] = value;
  }
  env.GIT_TERMINAL_PROMPT = "0";
  env.GIT_OPTIONAL_LOCKS = "0";
  env.LC_ALL = "C";
  return env;
}
function git(cwd, args, input) {
  try {
    return execFileSync("git", [...SAFE_CONFIG, ...args], {
      cwd,
      env: gitEnvironment(),
      input: input ?? "",
      maxBuffer: MAX_OUTPUT,
      stdio: ["pipe", "pipe", "pipe"],
      windowsHide: true
    });
  } catch (error2) {
    const failure2 = error2;
    if (failure2.code === "ENOENT") throw new GitError("git is not installed");
    const stderr = failure2.stderr?.toString("utf8").trim().split("\n")[0] ?? "";
    throw new GitError(stderr || failure2.message);
  }
}
function repositoryRoot(cwd) {
  try {
    return git(cwd, ["rev-parse", "--show-toplevel"]).toString("utf8").replace(/\n$/, "");
  } catch (error2) {
    throw new UsageError(`--base needs a Git checkout: ${echo(error2.message, 200)}`);
  }
}
function resolveBase(root, ref) {
  if (ref === "" || ref.startsWith("-")) throw new UsageError(`--base: ${echo(ref)} is not a Git ref`);
  let commit;
  try {
    commit = git(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]).toString("utf8").trim();
  } catch {
    throw new UsageError(
      `--base: ${echo(ref, 200)} is not a commit in this repository. Fetch it first (e.g. \`git fetch origin <branch>\`, or actions/checkout with fetch-depth: 0)`
    );
  }
  try {
    return git(root, ["merge-base", commit, "HEAD"]).toString("utf8").trim() || commit;
  } catch {
    return commit;
  }
}
function hasCommit(cwd, sha) {
  if (!/^[0-9a-f]{4,64}$/.test(sha)) return false;
  try {
    git(cwd, ["cat-file", "-e", `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}
function changesSince(root, base) {
  const common = ["diff", "--no-ext-diff", "--no-textconv", "--no-color", "--find-renames", "--ignore-submodules", "-O/dev/null"];
  const names = git(root, [...common, "--name-status", "-z", base, "--"]).toString("utf8");
  const changes = parseNameStatus(names);
  const patch = git(root, [...common, "--unified=3", "--inter-hunk-context=0", base, "--"]).toString("utf8");
  const sections = splitPatch(patch);
  if (sections.length !== changes.length) {
    throw new GitError(`git diff listed ${changes.length} files but its patch has ${sections.length}`);
  }
  changes.forEach((change, i) => readHunks(sections[i], change));
  return changes;
}
function parseNameStatus(text) {
  const fields = text.split("\0");
  const changes = [];
  let i = 0;
  while (i < fields.length && fields[i] !== "") {
    const code = fields[i++];
    const letter = code[0];
    const empty = () => ({ addedLines: /* @__PURE__ */ new Set(), hunks: [] });
    if (letter === "R" || letter === "C") {
      const oldPath = fields[i++];
      const newPath = fields[i++];
      changes.push(letter === "R" ? { status: "renamed", oldPath, newPath, ...empty() } : { status: "added", oldPath: void 0, newPath, ...empty() });
    } else {
      const file = fields[i++];
      if (letter === "A") changes.push({ status: "added", oldPath: void 0, newPath: file, ...empty() });
      else if (letter === "D") changes.push({ status: "deleted", oldPath: file, newPath: void 0, ...empty() });
      else changes.push({ status: "modified", oldPath: file, newPath: file, ...empty() });
    }
  }
  return changes;
}
function splitPatch(patch) {
  const sections = [];
  for (const line of patch.split("\n")) {
    if (line.startsWith("diff --git ") || line.startsWith("diff --cc ")) sections.push([]);
    else sections.at(-1)?.push(line);
  }
  return sections;
}
function readHunks(lines, change) {
  let newLine = 0;
  let inHunk = false;
  for (const line of lines) {
    const header = HUNK_HEADER.exec(line);
    if (header) {
      const start = Number(header[1]);
      const length = header[2] === void 0 ? 1 : Number(header[2]);
      if (length > 0) change.hunks.push({ start, end: start + length - 1 });
      newLine = start;
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    if (line.startsWith("+")) change.addedLines.add(newLine++);
    else if (line.startsWith(" ")) newLine++;
  }
}
function filesAt(root, commit) {
  const listing = git(root, ["ls-tree", "-r", "-z", "--name-only", "--full-tree", commit]).toString("utf8");
  return new Set(listing.split("\0").filter((name) => name !== ""));
}
function readFilesAt(root, commit, paths) {
  const asked = paths.filter((file) => !file.includes("\n"));
  const contents = /* @__PURE__ */ new Map();
  if (asked.length === 0) return contents;
  const output = git(root, ["cat-file", "--batch"], asked.map((file) => `${commit}:${file}
`).join(""));
  let offset = 0;
  for (const file of asked) {
    const end = output.indexOf(10, offset);
    if (end === -1) throw new GitError("git cat-file stopped early");
    const header = output.subarray(offset, end).toString("utf8");
    offset = end + 1;
    const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!match) continue;
    const size = Number(match[2]);
    if (match[1] === "blob") contents.set(file, output.subarray(offset, offset + size));
    offset += size + 1;
  }
  return contents;
}
var SAFE_CONFIG, MAX_OUTPUT, GitError, HUNK_HEADER;
var init_git = __esm({
  "src/git/git.ts"() {
    "use strict";
    init_errors();
    init_text();
    SAFE_CONFIG = [
      "core.fsmonitor=false",
      "core.hooksPath=/dev/null",
      "core.pager=cat",
      "core.quotePath=false",
      "diff.external=",
      "diff.noprefix=false",
      "diff.relative=false",
      "color.ui=false",
      "protocol.allow=never",
      "credential.helper="
    ].flatMap((setting) => ["-c", setting]);
    MAX_OUTPUT = 1024 * 1024 * 1024;
    GitError = class extends Error {
      name = "GitError";
    };
    HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
  }
});

// src/discover/git-files.ts
function gitListing(folder) {
  try {
    return {
      tracked: lsFiles(folder, ["--cached"]),
      untracked: lsFiles(folder, ["--others", "--exclude-standard"]).filter((file) => !file.endsWith("/"))
    };
  } catch (error2) {
    const message2 = error2 instanceof Error ? error2.message : String(error2);
    return { problem: echo(message2.replace(/^fatal: /, ""), 200) };
  }
}
function lsFiles(folder, which) {
  const output = git(folder, [...LISTING_CONFIG, "-c", "safe.directory=*", "ls-files", "-z", ...which, "--", "."]);
  const files = output.toString("utf8").split("\0");
  files.pop();
  return [...new Set(files)];
}
var LISTING_CONFIG;
var init_git_files = __esm({
  "src/discover/git-files.ts"() {
    "use strict";
    init_git();
    init_text();
    LISTING_CONFIG = ["-c", "core.untrackedCache=false"];
  }
});

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "";
    var TRAILING_DOUBLESTAR = "";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor2 = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor2 + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at2) => {
      let separator = EMPTY;
      for (let index = at2 + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token2, at2) => {
          if (token2.wildcard) {
            lastWildcard = at2;
          }
        });
        run.forEach((token2, at2) => {
          if (!token2.wildcard) {
            out += token2.single;
            return;
          }
          out += at2 === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at2)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token2) => {
        if (token2.boundary === void 0) {
          run.push(token2);
          return;
        }
        flush();
        out += token2.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required2]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required2 !== UNDEFINED && prev.indexOf(required2) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path19) => {
      const end = path19.length - 1;
      const index = path19.lastIndexOf(
        SLASH,
        path19[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path19 : path19.slice(index + 1);
    };
    var parentOf = (path19) => {
      if (path19.charCodeAt(0) === SLASH_CODE || path19.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path19.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path19.length - 1;
      const cut = path19.lastIndexOf(
        SLASH,
        path19.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path19.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path19) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path19)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path19, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path19) : path19;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path19
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message2, Ctor) => {
      throw new Ctor(message2);
    };
    var checkPath = (path19, originalPath, doThrow) => {
      if (!isString(path19)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path19) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path19)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path19) => {
      const first = path19.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path19.length === 1) {
        return true;
      }
      const second = path19.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path19.length === 2 || path19.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache2, path19) {
        checkPath(
          path19,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path19 ? this._t(path19, cache2) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path19 = convertPath(target);
        if (!path19 || path19.charCodeAt(path19.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path19);
        }
        const dir = this._t(path19, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path19);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path19, cache2) {
        if (path19 in cache2) {
          return cache2[path19];
        }
        const parentPath = parentOf(path19);
        const parent = parentPath ? this._t(parentPath, cache2) : UNDEFINED;
        return cache2[path19] = parent && parent.ignored ? parent : this._rules.test(path19, MODE_IGNORE);
      }
      ignores(path19) {
        return this._test(path19, this._ignoreCache, convertPath(path19)).ignored;
      }
      createFilter() {
        return (path19) => !this.ignores(path19);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path19) {
        return this._test(path19, this._testCache, convertPath(path19));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path19) => checkPath(convertPath(path19), path19, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path19) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path19) || isNotRelative(path19);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/discover/walk-folder.ts
import { lstatSync as lstatSync3, readdirSync } from "node:fs";
import path8 from "node:path";
function walkFolder(folder, options = {}) {
  const root = path8.resolve(folder);
  const keep = options.keep ?? ((name) => MANIFEST_NAME.test(name));
  const useGitignore = options.gitignore ?? true;
  const entries = [];
  const unreadable = [];
  const ignoreFilesNotApplied = [];
  const readIgnore = (dir) => {
    const layer = readIgnoreFile(dir);
    if (layer && "tooMany" in layer) {
      ignoreFilesNotApplied.push({
        path: path8.join(dir, ".gitignore"),
        reason: `${layer.tooMany} patterns, more than the ${MAX_IGNORE_PATTERNS} calico-lint applies; the files it names are linted`
      });
      return void 0;
    }
    return layer;
  };
  const pending = [{ dir: root, layers: useGitignore ? ancestorLayers(root, readIgnore) : [] }];
  while (pending.length > 0) {
    const { dir, layers: inherited } = pending.pop();
    let dirents;
    try {
      dirents = readdirSync(dir, { withFileTypes: true });
    } catch (error2) {
      unreadable.push({ path: dir, reason: describeFsError(error2) });
      continue;
    }
    const own2 = useGitignore && dirents.some((d) => d.name === ".gitignore") ? readIgnore(dir) : void 0;
    const layers = own2 ? [...inherited, own2] : inherited;
    const prefix = dir.endsWith(path8.sep) ? dir : `${dir}${path8.sep}`;
    for (const dirent of dirents) {
      if (NEVER_WALKED.has(dirent.name)) continue;
      const full = prefix + dirent.name;
      const isDirectory = dirent.isDirectory();
      if (isIgnored(layers, full, isDirectory)) continue;
      if (isDirectory) pending.push({ dir: full, layers });
      else if (keep(dirent.name)) entries.push({ path: full, dirent });
    }
  }
  entries.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { entries, unreadable, ignoreFilesNotApplied };
}
function isIgnored(layers, full, isDirectory) {
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = layers[i];
    const relative = path8.relative(layer.base, full).split(path8.sep).join("/");
    if (relative === "" || relative.startsWith("../")) continue;
    const result = layer.rules.test(isDirectory ? `${relative}/` : relative);
    if (result.ignored) return true;
    if (result.unignored) return false;
  }
  return false;
}
function ancestorLayers(root, readIgnore) {
  const above = [];
  let dir = path8.dirname(root);
  let inRepository = hasGit(root);
  for (; ; ) {
    if (inRepository) break;
    above.push(dir);
    if (hasGit(dir)) {
      inRepository = true;
      break;
    }
    const parent = path8.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  if (!inRepository) return [];
  const layers = [];
  for (const folder of above.reverse()) {
    const layer = readIgnore(folder);
    if (layer) layers.push(layer);
  }
  return layers;
}
function hasGit(dir) {
  try {
    lstatSync3(path8.join(dir, ".git"));
    return true;
  } catch {
    return false;
  }
}
function readIgnoreFile(dir) {
  const file = path8.join(dir, ".gitignore");
  try {
    if (!lstatSync3(file).isFile()) return void 0;
  } catch {
    return void 0;
  }
  const read = readRegularFileSync(file, MAX_IGNORE_FILE_SIZE);
  if (!read.ok) return void 0;
  const text = read.bytes.toString("utf8");
  const patterns = countPatterns(text);
  if (patterns > MAX_IGNORE_PATTERNS) return { tooMany: patterns };
  return { base: dir, rules: (0, import_ignore.default)().add(text) };
}
function countPatterns(text) {
  let count = 0;
  for (const line of text.split("\n")) if (line.trim() !== "" && !line.startsWith("#")) count++;
  return count;
}
var import_ignore, MANIFEST_NAME, NEVER_WALKED, MAX_IGNORE_FILE_SIZE, MAX_IGNORE_PATTERNS;
var init_walk_folder = __esm({
  "src/discover/walk-folder.ts"() {
    "use strict";
    import_ignore = __toESM(require_ignore(), 1);
    init_errors();
    init_read_sources();
    MANIFEST_NAME = /\.(?:ya?ml|json)$/;
    NEVER_WALKED = /* @__PURE__ */ new Set(["node_modules", ".git"]);
    MAX_IGNORE_FILE_SIZE = 1024 * 1024;
    MAX_IGNORE_PATTERNS = 1e3;
  }
});

// src/discover/find-files.ts
import { lstatSync as lstatSync4 } from "node:fs";
import { realpath as realpath2, stat as stat2 } from "node:fs/promises";
import path9 from "node:path";
function isGlob(pattern) {
  return /[*?]|\[[^\]]*\]|\{[^}]*(?:,|\.\.)[^}]*\}|[@!+]\(|^!/.test(pattern);
}
async function discoverFiles(patterns, options) {
  const matchers = options.ignores.map(({ globs, baseDir }) => ignoreMatcher(globs, baseDir));
  const isIgnored2 = (file) => matchers.some((matches2) => matches2(file));
  const files = /* @__PURE__ */ new Set();
  const notices = [];
  const notice = (text) => {
    notices.push(text);
    options.onNotice?.(text);
  };
  const roots = new Roots(options.cwd);
  let stdin = false;
  let listings = 0;
  let single;
  for (const pattern of patterns) {
    if (pattern === "-") {
      stdin = true;
      continue;
    }
    const absolute = path9.resolve(options.cwd, pattern);
    const info = await stat2(absolute).catch((error2) => error2);
    if (!(info instanceof Error)) {
      const outside = await roots.leavesRepository(absolute);
      if (outside) {
        notice(`skipping ${echo(pattern, 200)}: ${outside}`);
        continue;
      }
      if (info.isDirectory()) {
        const found = await walkDirectory(absolute, await roots.allowed(absolute), notice, options.cwd);
        const kept = found.filter((file) => !isIgnored2(file));
        for (const file of kept) files.add(file);
        listings++;
        single = kept;
        if (found.length === 0 && options.errorOnUnmatchedPattern) {
          throw new UsageError(`no .yaml, .yml or .json files found in ${pattern}`);
        }
      } else if (info.isFile()) {
        files.add(absolute);
        listings++;
        single = [absolute];
      } else {
        const problem = `${describeFileType(info)}; to lint what a command prints, pipe it to calico-lint - (standard input)`;
        if (options.errorOnUnmatchedPattern) throw new UsageError(`cannot read ${pattern}: ${problem}`);
        notice(`skipping ${echo(pattern, 200)}: ${problem}`);
      }
      continue;
    }
    if (info.code === "ENOENT" && isGlob(pattern)) {
      const found = await walkGlob(pattern, options.cwd, roots, notice);
      if (found === void 0) continue;
      const kept = found.filter((file) => !isIgnored2(file));
      for (const file of kept) files.add(file);
      listings++;
      single = kept;
      if (found.length === 0 && options.errorOnUnmatchedPattern) {
        throw new UsageError(`no files matching the pattern ${JSON.stringify(pattern)} were found`);
      }
      continue;
    }
    throw new UsageError(`cannot read ${pattern}: ${describeFsError(info)}`);
  }
  const sorted = listings === 1 && single !== void 0 && single.length === files.size ? single : [...files].sort();
  return { files: sorted, stdin, notices };
}
function isInside3(file, folder) {
  const relative = path9.relative(folder, file);
  return relative === "" || !relative.startsWith(`..${path9.sep}`) && relative !== ".." && !path9.isAbsolute(relative);
}
async function walkGlob(pattern, cwd, roots, notice) {
  const written2 = pattern.replace(/^(?:\.\/)+/, "");
  const { base } = import_picomatch2.default.scan(written2);
  const baseDir = path9.resolve(cwd, base);
  const info = await stat2(baseDir).catch(() => void 0);
  if (!info?.isDirectory()) return [];
  const outside = await roots.leavesRepository(baseDir);
  if (outside) {
    notice(`skipping ${echo(pattern, 200)}: ${echo(base, 200)} is ${outside}`);
    return void 0;
  }
  const isMatch = (0, import_picomatch2.default)(written2, { dot: true });
  const matches2 = (file) => isMatch(path9.isAbsolute(written2) ? file : path9.relative(cwd, file).split(path9.sep).join("/"));
  const entries = listFolder(baseDir, () => true, notice, cwd).filter((entry) => matches2(entry.path));
  return regularFiles(entries, await roots.allowed(baseDir), notice, cwd);
}
async function walkDirectory(dir, allowedRoots, notice, displayFrom) {
  const entries = listFolder(dir, (name) => MANIFEST_NAME.test(name), notice, displayFrom);
  return regularFiles(entries, allowedRoots, notice, displayFrom);
}
function listFolder(dir, keep, notice, displayFrom) {
  const shown2 = (folder) => echo(path9.relative(displayFrom, folder) || ".", 200);
  if (repositoryOf(dir) !== void 0) {
    const listing = gitListing(dir);
    if (!("problem" in listing)) {
      const names = new Set(listing.tracked);
      for (const file of listing.untracked) if (!UNTRACKED_SKIPPED.test(file)) names.add(file);
      const entries = [];
      for (const name of names) {
        if (!keep(path9.posix.basename(name))) continue;
        const full = path9.join(dir, ...name.split("/"));
        try {
          entries.push({ path: full, dirent: lstatSync4(full) });
        } catch {
        }
      }
      entries.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
      return entries;
    }
    notice(`cannot ask Git which files it tracks in ${shown2(dir)} (${listing.problem}); .gitignore files are not applied there`);
    return walkResult(walkFolder(dir, { keep, gitignore: false }), notice, shown2);
  }
  return walkResult(walkFolder(dir, { keep }), notice, shown2);
}
function walkResult(result, notice, shown2) {
  for (const folder of result.unreadable) {
    notice(`cannot read folder ${shown2(folder.path)}: ${folder.reason}; the files in it are not linted`);
  }
  for (const file of result.ignoreFilesNotApplied) {
    notice(`not applying ${shown2(file.path)}: ${file.reason}`);
  }
  return result.entries;
}
async function regularFiles(entries, allowedRoots, notice, displayFrom) {
  const shown2 = (file) => echo(path9.relative(displayFrom, file) || file, 200);
  const files = [];
  for (const entry of entries) {
    const file = entry.path;
    const { dirent } = entry;
    if (dirent.isFile()) {
      files.push(file);
    } else if (dirent.isDirectory()) {
    } else if (dirent.isSymbolicLink()) {
      const target = await stat2(file).catch((error2) => error2);
      if (target instanceof Error) {
        const why = target.code === "ENOENT" ? "a broken symbolic link (its target does not exist)" : target.code === "ELOOP" ? "a symbolic link loop" : `a symbolic link that cannot be followed (${describeFsError(target)})`;
        notice(`skipping ${shown2(file)}: ${why}`);
      } else if (target.isDirectory()) {
        notice(`skipping ${shown2(file)}: a symbolic link to a folder (links to folders are not followed)`);
      } else if (!target.isFile()) {
        notice(`skipping ${shown2(file)}: a symbolic link to ${describeFileType(target)}`);
      } else {
        const real = await realpath2(file).catch(() => void 0);
        if (real !== void 0 && allowedRoots.some((root) => isInside3(real, root))) files.push(file);
        else notice(`skipping ${shown2(file)}: a symbolic link to a file outside the folder being linted`);
      }
    } else {
      notice(`skipping ${shown2(file)}: ${describeFileType(dirent)}`);
    }
  }
  return files;
}
function ignoreMatcher(globs, baseDir) {
  if (globs.length === 0) return () => false;
  const matches2 = (0, import_picomatch2.default)([...globs], { dot: true });
  return (file) => {
    const relative = path9.relative(baseDir, file).split(path9.sep).join("/");
    return !relative.startsWith("../") && matches2(relative);
  };
}
var import_picomatch2, UNTRACKED_SKIPPED, Roots;
var init_find_files = __esm({
  "src/discover/find-files.ts"() {
    "use strict";
    import_picomatch2 = __toESM(require_picomatch2(), 1);
    init_errors();
    init_text();
    init_git_files();
    init_repository();
    init_walk_folder();
    UNTRACKED_SKIPPED = /(?:^|\/)(?:node_modules|\.git)\//;
    Roots = class {
      repository;
      realRepository;
      constructor(cwd) {
        this.repository = repositoryOf(path9.resolve(cwd)) ?? path9.resolve(cwd);
        this.realRepository = realpath2(this.repository).catch(() => this.repository);
      }
      /** Links found in a walk may lead into the repository, and into the folder walked when it was named outside the repository. */
      async allowed(walked) {
        const roots = [await this.realRepository];
        if (!isInside3(walked, this.repository)) roots.push(await realpath2(walked).catch(() => path9.resolve(walked)));
        return roots;
      }
      /**
       * Why a path given inside the repository is not followed: it leads outside
       * the repository through a symbolic link (itself or a folder on its way).
       * A path named outside the repository is the user's own choice.
       */
      async leavesRepository(absolute) {
        if (!isInside3(absolute, this.repository)) return void 0;
        const real = await realpath2(absolute).catch(() => void 0);
        if (real === void 0 || isInside3(real, await this.realRepository)) return void 0;
        return "a symbolic link (or a path through one) that leads outside the repository; links out of the repository are never followed";
      }
    };
  }
});

// src/engine/relevance.ts
function relevanceGate(rules) {
  const patterns = [];
  for (const { meta: meta2 } of rules) {
    if (!meta2.relevantText) return EVERYTHING2;
    patterns.push(meta2.relevantText);
  }
  return gateFromSpec({ everything: false, patterns: patterns.map(({ source, flags }) => ({ source, flags })) });
}
function gateFromSpec(spec) {
  if (spec.everything) return EVERYTHING2;
  const byFlags = /* @__PURE__ */ new Map([["", /* @__PURE__ */ new Set([SUPPRESSIONS.source, ESCAPES.source, BINARY_TAGS.source])]]);
  const alone = [];
  for (const { source, flags } of spec.patterns) {
    const kept = [...flags.replace(/[gy]/g, "")].sort().join("");
    if (/\\(?:[1-9]|k<)|\(\?<[^=!]/.test(source)) {
      alone.push(new RegExp(source, kept));
      continue;
    }
    if (!byFlags.has(kept)) byFlags.set(kept, /* @__PURE__ */ new Set());
    byFlags.get(kept).add(source);
  }
  const expressions = [...byFlags].map(([flags, sources]) => new RegExp([...sources].map((source) => `(?:${source})`).join("|"), flags));
  expressions.push(...alone);
  return {
    everything: false,
    spec,
    isRelevant: (text) => expressions.some((expression) => expression.test(text))
  };
}
function isCustomResourceDefinition(documentText) {
  if (!CRD_HEAD.test(documentText)) return false;
  if (SUPPRESSIONS.test(documentText) || OTHER_LINE_BREAK.test(documentText) || hasUnusualTopLine(documentText)) return false;
  return (documentText.match(TYPE_KEY)?.length ?? 0) === 2;
}
function hasUnusualTopLine(text) {
  TOP_LINE.lastIndex = 0;
  for (let match = TOP_LINE.exec(text); match !== null; match = TOP_LINE.exec(text)) {
    const lineStart2 = match.index + match[0].length;
    PLAIN_KEY.lastIndex = lineStart2;
    if (!PLAIN_KEY.test(text)) return true;
    TOP_LINE.lastIndex = lineStart2 + 1;
  }
  return false;
}
var ESCAPES, BINARY_TAGS, SUPPRESSIONS, EVERYTHING2, CRD_HEAD, TOP_LINE, PLAIN_KEY, OTHER_LINE_BREAK, TYPE_KEY;
var init_relevance = __esm({
  "src/engine/relevance.ts"() {
    "use strict";
    ESCAPES = /\\(?:[xuU]|[\r\n\u0085\u2028\u2029])/;
    BINARY_TAGS = /!!binary|:binary|%TAG|%[0-9A-Fa-f]{2}/;
    SUPPRESSIONS = /calico-lint/;
    EVERYTHING2 = { everything: true, spec: { everything: true, patterns: [] }, isRelevant: () => true };
    CRD_HEAD = /^(?:[ \t]*(?:#[^\n]*)?\r?\n)*apiVersion:[ \t]+apiextensions\.k8s\.io\/v1(?:beta1)?[ \t]*\r?\nkind:[ \t]+CustomResourceDefinition[ \t]*\r?\n(?=[^ \t\r\n#])/;
    TOP_LINE = /(?:^|\n)(?=[^ \t\r\n#])/g;
    PLAIN_KEY = /[A-Za-z_][\w.-]*:(?:[ \t]|\r?\n|\r?$)/y;
    OTHER_LINE_BREAK = /\r(?!\n)|[\u0085\u2028\u2029]/;
    TYPE_KEY = /^(?:apiVersion|kind):/gm;
  }
});

// src/resources/slim.ts
function slimDocumentValue(value) {
  if (!isPlainObject(value) || typeof value.kind !== "string") return value;
  if (Array.isArray(value.items)) {
    return { ...value, items: value.items.map(slimObject) };
  }
  return slimObject(value);
}
function keepsData(object) {
  return object.kind === "ConfigMap" && isPlainObject(object.metadata) && FACT_CONFIGMAPS.has(String(object.metadata.name));
}
function slimObject(object) {
  if (!isPlainObject(object) || typeof object.kind !== "string") return object;
  let slim = object;
  const dataFields = [...OBJECT_BULK, ...Object.hasOwn(DATA_BULK, object.kind) && !keepsData(object) ? DATA_BULK[object.kind] : []];
  if (dataFields.some((field) => Object.hasOwn(object, field))) {
    slim = { ...object };
    for (const field of dataFields) delete slim[field];
    const cniData = object.kind === "ConfigMap" ? cniPoolData(object.data) : void 0;
    if (cniData !== void 0) slim.data = cniData;
  }
  const metadata = object.metadata;
  if (isPlainObject(metadata) && METADATA_BULK.some((field) => Object.hasOwn(metadata, field))) {
    const slimMetadata = { ...metadata };
    for (const field of METADATA_BULK) delete slimMetadata[field];
    slim = { ...slim, metadata: slimMetadata };
  }
  const cniConfig = calicoCniConfig(object);
  if (cniConfig !== void 0) {
    const kept = isPlainObject(slim.data) ? slim.data : {};
    slim = { ...slim, data: { ...kept, cni_network_config: cniConfig } };
  }
  const templatePath = Object.hasOwn(POD_TEMPLATE_PATHS, object.kind) ? POD_TEMPLATE_PATHS[object.kind] : void 0;
  if (templatePath !== void 0) slim = withoutPodBulk(slim, [...templatePath, "spec"]);
  return slim;
}
function calicoCniConfig(object) {
  if (object.kind !== "ConfigMap" || !isPlainObject(object.metadata) || object.metadata.name !== "calico-config") return void 0;
  const config2 = isPlainObject(object.data) ? object.data.cni_network_config : void 0;
  return typeof config2 === "string" ? config2 : void 0;
}
function withoutPodBulk(object, path19) {
  const spec = getIn(object, path19);
  if (!isPlainObject(spec) || !POD_SPEC_BULK.some((field) => Object.hasOwn(spec, field))) return object;
  const slimSpec = { ...spec };
  for (const field of POD_SPEC_BULK) delete slimSpec[field];
  for (const field of CONTAINER_LISTS) {
    const kept = slimContainers(spec[field], spec.hostNetwork === true);
    if (kept !== void 0) slimSpec[field] = kept;
  }
  return replaceAt(object, path19, slimSpec);
}
function slimContainers(containers, hostNetwork) {
  if (!Array.isArray(containers)) return void 0;
  const kept = containers.map((container) => slimContainer(container, hostNetwork));
  if (kept.every((container) => container === void 0)) return void 0;
  return kept.map((container, i) => container ?? (isPlainObject(containers[i]) ? { name: containers[i].name } : null));
}
function slimContainer(container, hostNetwork) {
  if (!isPlainObject(container)) return void 0;
  const env = Array.isArray(container.env) ? container.env : void 0;
  const isPoolVariable = (variable) => isPlainObject(variable) && typeof variable.name === "string" && POOL_ENV.test(variable.name);
  if (FACT_CONTAINERS.has(String(container.name))) {
    const facts = Object.fromEntries(FACT_CONTAINER_FIELDS.filter((f) => Object.hasOwn(container, f)).map((f) => [f, container[f]]));
    return hostNetwork && container.image !== void 0 ? { ...facts, image: container.image } : facts;
  }
  if (hostNetwork) {
    const identity2 = { name: container.name };
    if (container.image !== void 0) identity2.image = container.image;
    if (container.args !== void 0) identity2.args = container.args;
    if (env) {
      identity2.env = env.map((variable) => !isPlainObject(variable) || isPoolVariable(variable) ? variable : { name: variable.name, ...variable.value === void 0 ? {} : { value: variable.value } });
    }
    return identity2;
  }
  if (env?.some(isPoolVariable)) return { name: container.name, env: env.map((variable) => isPoolVariable(variable) ? variable : null) };
  return void 0;
}
function cniPoolData(data) {
  if (!isPlainObject(data)) return void 0;
  const kept = Object.entries(data).filter(([, value]) => typeof value === "string" && /"ipv[46]_pools"/.test(value));
  return kept.length > 0 ? Object.fromEntries(kept) : void 0;
}
function replaceAt(object, path19, replacement) {
  const [head, ...rest] = path19;
  if (typeof head !== "string") return object;
  const child = object[head];
  return { ...object, [head]: rest.length === 0 ? replacement : isPlainObject(child) ? replaceAt(child, rest, replacement) : child };
}
var POD_SPEC_BULK, OBJECT_BULK, METADATA_BULK, DATA_BULK, FACT_CONFIGMAPS, FACT_CONTAINERS, FACT_CONTAINER_FIELDS, POOL_ENV, CONTAINER_LISTS;
var init_slim = __esm({
  "src/resources/slim.ts"() {
    "use strict";
    init_resource();
    POD_SPEC_BULK = ["containers", "initContainers", "ephemeralContainers", "volumes"];
    OBJECT_BULK = ["status"];
    METADATA_BULK = ["managedFields"];
    DATA_BULK = {
      ConfigMap: ["data", "binaryData"],
      Secret: ["data", "stringData"]
    };
    FACT_CONFIGMAPS = /* @__PURE__ */ new Set(["kubeadm-config", "kube-proxy", "calico-config"]);
    FACT_CONTAINERS = /* @__PURE__ */ new Set(["kube-apiserver", "kube-controller-manager", "kube-proxy", "calico-node"]);
    FACT_CONTAINER_FIELDS = ["name", "command", "args", "env"];
    POOL_ENV = /^CALICO_IPV[46]POOL_/;
    CONTAINER_LISTS = ["containers", "initContainers"];
  }
});

// src/parse/position-index.ts
function indexPositions(syntax, value, slim, data) {
  const { contents, text } = syntax;
  const keys = [];
  const keyIds = /* @__PURE__ */ new Map();
  const keyId = (key) => {
    let id = keyIds.get(key);
    if (id === void 0) keyIds.set(key, id = keys.push(key) - 1);
    return id;
  };
  const trimmedEnd = (start, end) => {
    let at2 = Math.max(start, end);
    while (at2 > start && /\s/.test(text[at2 - 1] ?? "")) at2--;
    return at2;
  };
  const firstLineEnd = (from, to) => {
    const newline = text.indexOf("\n", from);
    return trimmedEnd(from, newline === -1 ? to : Math.min(to, newline));
  };
  const rangeOf = (node2) => typeof node2 === "object" && node2 !== null && Array.isArray(node2.range) ? node2.range : void 0;
  const write = (node2, valueHere, slimHere, pruned = false) => {
    const range = rangeOf(node2);
    if (range === void 0) return -1;
    const at2 = data.length;
    const full = valueHere === slimHere;
    if (pruned || !(0, import_yaml3.isMap)(node2) && !(0, import_yaml3.isSeq)(node2)) {
      data.push(pruned ? PRUNED : LEAF, range[0], trimmedEnd(range[0], range[1]), 0);
      return at2;
    }
    if ((0, import_yaml3.isMap)(node2)) {
      const items2 = node2.items;
      data.push(MAP, range[0], trimmedEnd(range[0], range[1]), items2.length);
      const entries2 = data.length;
      for (let i = 0; i < items2.length * MAP_ENTRY; i++) data.push(-1);
      items2.forEach((pair, i) => {
        const key = pair.key;
        const k = (0, import_yaml3.isScalar)(key) ? String(key.value) : void 0;
        const keyRange = rangeOf(key);
        let child;
        if (full || k === void 0 || !isRecord(valueHere) || !Object.hasOwn(valueHere, k)) child = write(pair.value, void 0, void 0);
        else if (!isRecord(slimHere) || !Object.hasOwn(slimHere, k)) child = write(pair.value, void 0, void 0, true);
        else child = write(pair.value, valueHere[k], slimHere[k]);
        const o = entries2 + i * MAP_ENTRY;
        data[o] = k === void 0 ? -1 : keyId(k);
        data[o + 1] = keyRange ? keyRange[0] : -1;
        data[o + 2] = keyRange ? trimmedEnd(keyRange[0], keyRange[1]) : -1;
        data[o + 3] = child;
      });
      return at2;
    }
    const items = node2.items;
    data.push(SEQ, range[0], trimmedEnd(range[0], range[1]), items.length);
    const entries = data.length;
    for (let i = 0; i < items.length * SEQ_ENTRY; i++) data.push(-1);
    items.forEach((item, i) => {
      const itemRange = rangeOf(item);
      const child = full || !Array.isArray(valueHere) || !Array.isArray(slimHere) ? write(item, void 0, void 0) : write(item, valueHere[i], slimHere[i]);
      const o = entries + i * SEQ_ENTRY;
      data[o] = itemRange ? itemRange[0] : -1;
      data[o + 1] = itemRange ? firstLineEnd(itemRange[0], itemRange[1]) : -1;
      data[o + 2] = child;
    });
    return at2;
  };
  const root = write(contents, value, slim);
  return { keys: JSON.stringify(keys), root, start: contents.range?.[0] ?? 0 };
}
function packNumbers(numbers) {
  let max = 0;
  for (const n of numbers) if (n > max) max = n;
  const packed = max + 1 <= 65535 ? new Uint16Array(numbers.length) : new Int32Array(numbers.length);
  for (let i = 0; i < numbers.length; i++) packed[i] = numbers[i] + 1;
  return packed;
}
function unpackNumbers(packed, count) {
  return Array.from(packed.subarray(0, count), (n) => n - 1);
}
function decodeKeys(positions) {
  return JSON.parse(positions.keys);
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function locateOffsets(packed, positions, keys, path19, part = "value") {
  const n = (offset) => packed[offset] - 1;
  let node2 = positions.root;
  let pairKey = -1;
  let anchor2 = [positions.start, positions.start];
  let complete = true;
  for (const segment of path19) {
    const kind = node2 === -1 ? LEAF : n(node2);
    if (kind === PRUNED) return void 0;
    const count = node2 === -1 ? 0 : n(node2 + 3);
    if (kind === MAP) {
      const key = keys.indexOf(String(segment));
      let found = -1;
      for (let i = count - 1, o = node2 + 4 + i * MAP_ENTRY; key !== -1 && i >= 0; i--, o -= MAP_ENTRY) {
        if (n(o) === key) {
          found = o;
          break;
        }
      }
      if (found === -1) {
        complete = false;
        break;
      }
      pairKey = n(found + 1) === -1 ? -1 : found + 1;
      if (n(found + 1) !== -1) anchor2 = [n(found + 1), n(found + 2)];
      node2 = n(found + 3);
    } else if (kind === SEQ && typeof segment === "number") {
      if (!Number.isInteger(segment) || segment < 0 || segment >= count) {
        complete = false;
        break;
      }
      const o = node2 + 4 + segment * SEQ_ENTRY;
      pairKey = -1;
      if (n(o) !== -1) anchor2 = [n(o), n(o + 1)];
      node2 = n(o + 2);
    } else {
      complete = false;
      break;
    }
  }
  if (complete) {
    if (part === "key" && pairKey !== -1) return [n(pairKey), n(pairKey + 1)];
    if (node2 !== -1) return [n(node2 + 1), n(node2 + 2)];
  }
  return anchor2;
}
function rangeFromOffsets(lineStarts, [start, end]) {
  const counter = new import_yaml3.LineCounter();
  counter.lineStarts = lineStarts;
  const from = counter.linePos(start);
  const to = counter.linePos(end);
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}
var import_yaml3, LEAF, MAP, SEQ, PRUNED, MAP_ENTRY, SEQ_ENTRY;
var init_position_index = __esm({
  "src/parse/position-index.ts"() {
    "use strict";
    import_yaml3 = __toESM(require_dist(), 1);
    LEAF = 0;
    MAP = 1;
    SEQ = 2;
    PRUNED = 3;
    MAP_ENTRY = 4;
    SEQ_ENTRY = 3;
  }
});

// src/analyze/analyze-file.ts
import { readFileSync as readFileSync2 } from "node:fs";
function analyzeSource(source, gate) {
  const text = source.problem === void 0 ? textToParse(source.text, gate) : void 0;
  return text === void 0 ? notParsed(source) : parseText(source.filePath, text);
}
function notParsed(source) {
  if (source.problem !== void 0) {
    return { filePath: source.filePath, problems: [{ message: source.problem, range: source.problemRange ?? START2 }], documents: NONE2, comments: NONE2, parsed: false };
  }
  return { filePath: source.filePath, problems: NONE2, documents: NONE2, comments: NONE2, parsed: false };
}
function textToParse(text, gate) {
  if (gate.everything) return { text };
  if (!gate.isRelevant(text)) return void 0;
  const compact = compactIrrelevantDocuments(text, (documentText) => !isCustomResourceDefinition(documentText) && gate.isRelevant(documentText));
  if (compact.text === text && isCustomResourceDefinition(text)) return void 0;
  return compact;
}
function parseText(filePath, { text, gaps }) {
  try {
    const parsed = parseManifest(filePath, text, { templates: true, ...gaps && { lineGaps: gaps } });
    const templateDocuments = parsed.templates?.length ?? 0;
    let numbers;
    let lineCount = 0;
    const documents = parsed.documents.map((document) => {
      const { index, value, unresolvedTags } = document;
      const slim = slimDocumentValue(value);
      const syntax = documentSyntax(document);
      const tags = unresolvedTags.length > 0 ? [...unresolvedTags] : NONE2;
      if (syntax === void 0) return { index, value: slim, unresolvedTags: tags };
      if (numbers === void 0) {
        numbers = [...syntax.lineCounter.lineStarts];
        lineCount = numbers.length;
      }
      return { index, value: slim, unresolvedTags: tags, positions: indexPositions(syntax, value, slim, numbers) };
    });
    return {
      ...templateDocuments > 0 ? { templateDocuments } : {},
      filePath,
      problems: orNone(parsed.problems),
      documents,
      comments: orNone(parsed.comments),
      parsed: true,
      ...numbers !== void 0 && { positionData: packNumbers(numbers), lineCount }
    };
  } catch (error2) {
    const message2 = `Internal error while reading this file (a bug in calico-lint; please report it): ${describe3(error2)}`;
    return { filePath, problems: [{ message: message2, range: START2 }], documents: [], comments: [], parsed: true };
  }
}
function orNone(list2) {
  return list2.length === 0 ? NONE2 : list2;
}
function interner() {
  const strings = /* @__PURE__ */ new Map();
  return (text) => {
    const known = strings.get(text);
    if (known !== void 0) return known;
    strings.set(text, text);
    return text;
  };
}
function compactAnalysis(analysis, filePath, intern) {
  analysis.filePath = filePath;
  analysis.problems = orNone(analysis.problems);
  analysis.comments = orNone(analysis.comments);
  for (const document of analysis.documents) {
    document.unresolvedTags = orNone(document.unresolvedTags);
    if (document.positions !== void 0) document.positions.keys = intern(document.positions.keys);
  }
  return analysis;
}
function describe3(error2) {
  return error2 instanceof Error ? `${error2.name}: ${error2.message}`.slice(0, 300) : String(error2).slice(0, 300);
}
function lazyDocuments(analysis, loadText) {
  let located;
  const positioned = (index) => {
    if (located === void 0) {
      located = new Map(parseManifest(analysis.filePath, loadText()).documents.map((doc) => [doc.index, doc]));
    }
    return located.get(index);
  };
  const { positionData, lineCount = 0 } = analysis;
  let lineStarts;
  return analysis.documents.map(({ index, value, unresolvedTags, positions }) => {
    let keys;
    return {
      filePath: analysis.filePath,
      index,
      value,
      unresolvedTags,
      locate: (path19, part) => {
        if (positions !== void 0 && positionData !== void 0) {
          keys ??= decodeKeys(positions);
          const offsets = locateOffsets(positionData, positions, keys, path19, part);
          if (offsets !== void 0) return rangeFromOffsets(lineStarts ??= unpackNumbers(positionData, lineCount), offsets);
        }
        return positioned(index)?.locate(path19, part) ?? START2;
      },
      has: (path19) => hasValueAt(value, path19)
    };
  });
}
function readTextAgain(filePath) {
  return readFileSync2(filePath, "utf8");
}
var START2, NONE2;
var init_analyze_file = __esm({
  "src/analyze/analyze-file.ts"() {
    "use strict";
    init_relevance();
    init_slim();
    init_blank_documents();
    init_parse_manifest();
    init_position_index();
    START2 = { line: 1, column: 1, endLine: 1, endColumn: 1 };
    NONE2 = Object.freeze([]);
  }
});

// src/facts/address-map.ts
var address_map_exports = {};
__export(address_map_exports, {
  addressMaps: () => addressMaps
});
import path15 from "node:path";
function addressMaps(scopes, config2, cwd) {
  const maps = [];
  for (const scope of scopes) {
    const map = addressMap(scope, config2, cwd);
    if (map.ranges.length > 0) maps.push(map);
  }
  return maps;
}
function addressMap(scope, config2, cwd) {
  const facts = clusterFacts(scope, config2);
  const ranges = [];
  const relative = (filePath) => sanitize(path15.isAbsolute(filePath) ? path15.relative(cwd, filePath).split(path15.sep).join("/") : filePath);
  const where = (location, fallback) => {
    if (location === void 0) return { where: fallback };
    const range = location.range ?? location.resource.locate(location.path ?? [], location.part);
    const file = relative(location.resource.doc.filePath);
    return { where: `${file}:${range.line}:${range.column}`, file, line: range.line };
  };
  const infra = new Map(config2.infraPools.map((pool) => [pool.name, pool]));
  for (const pool of distinctPools(scope.pools.pools)) {
    const name = pool.name ?? "(unnamed)";
    ranges.push({
      id: `r${ranges.length}`,
      role: "pool",
      roleName: pool.definition.origin === "IPPool" ? "IPPool" : "Installation pool",
      label: name,
      text: pool.cidr.canonical,
      family: pool.cidr.family,
      first: pool.cidr.first.toString(),
      last: pool.cidr.last.toString(),
      ...where(cidrLocation(pool), ""),
      conflict: false,
      pool: poolInfo(pool, infra.get(name)?.allowedNamespaces)
    });
  }
  for (const fact of facts.ranges) {
    ranges.push({
      id: `r${ranges.length}`,
      role: fact.role,
      roleName: ROLE_NAMES[fact.role],
      label: ROLE_NAMES[fact.role],
      text: fact.range.text,
      family: fact.range.family,
      first: fact.range.first.toString(),
      last: fact.range.last.toString(),
      ...where(fact.location, fact.source),
      conflict: false
    });
  }
  for (const env of facts.envPools) {
    if (!env.cidr) continue;
    ranges.push({
      id: `r${ranges.length}`,
      role: "env-pool",
      roleName: "calico-node env",
      label: `${env.variable} (first pool only)`,
      text: env.cidr.canonical,
      family: env.family,
      first: env.cidr.first.toString(),
      last: env.cidr.last.toString(),
      ...where(env.location, ""),
      conflict: false
    });
  }
  for (const [key, role, roleName] of [["reservedCidrs", "reserved", "reserved range"], ["intranetCidrs", "intranet", "intranet range"]]) {
    for (const text of config2[key]) {
      const parsed = parseCidr(text);
      if (!parsed.ok) continue;
      ranges.push({
        id: `r${ranges.length}`,
        role,
        roleName,
        label: roleName,
        text: parsed.cidr.canonical,
        family: parsed.cidr.family,
        first: parsed.cidr.first.toString(),
        last: parsed.cidr.last.toString(),
        where: `\`${key}\` in the configuration`,
        conflict: false
      });
    }
  }
  markConflicts(ranges, infra);
  const files = [...new Set(scope.resources.map((resource) => relative(resource.doc.filePath)))];
  return { name: scope.name, files, ranges, ...facts.maxNodes !== void 0 && { maxNodes: facts.maxNodes } };
}
function markConflicts(ranges, infra) {
  const span = (range) => ({ family: range.family, first: BigInt(range.first), last: BigInt(range.last) });
  const pools = ranges.filter((range) => range.role === "pool");
  for (const pool of pools) {
    for (const other of ranges) {
      if (other === pool || !rangesOverlap(span(pool), span(other))) continue;
      if (POOL_HOMES.has(other.role)) continue;
      if (other.role === "bgp-service-load-balancer-ips" && pool.pool?.usedBy.includes("LoadBalancer")) continue;
      if (other.role === "intranet" && !infra.has(pool.label)) continue;
      pool.conflict = true;
      other.conflict = true;
    }
  }
}
function poolInfo(pool, infraNamespaces) {
  const blockSize = blockSizeOf(pool);
  const bits = pool.cidr.family === 4 ? 32 : 128;
  const valid = blockSize >= pool.cidr.prefixLength && blockSize <= bits;
  const blocks = valid ? (2n ** BigInt(blockSize - pool.cidr.prefixLength)).toString() : "0";
  return {
    name: pool.name ?? "(unnamed)",
    origin: pool.definition.origin,
    blockSize,
    blocks,
    addressesPerBlock: valid ? (2n ** BigInt(bits - blockSize)).toString() : "0",
    nodesServed: blocks,
    usedBy: usedBy(pool, infraNamespaces),
    disabled: isDisabled(pool)
  };
}
function usedBy(pool, infraNamespaces) {
  if (isDisabled(pool)) return "nobody (disabled)";
  if (isLoadBalancerPool(pool)) return "LoadBalancer Services";
  const spec = pool.definition.spec;
  const parts = [];
  const selector = typeof spec.nodeSelector === "string" ? spec.nodeSelector.trim() : "";
  const manual = spec.assignmentMode === "Manual" || selector.replace(/\s/g, "") === "!all()";
  if (infraNamespaces !== void 0) {
    parts.push(`infra pool: by annotation from ${infraNamespaces.length > 0 ? infraNamespaces.join(", ") : "no namespace"}`);
  }
  if (manual) {
    if (infraNamespaces === void 0) parts.push("by annotation only");
  } else {
    parts.push(selector === "" || selector === "all()" ? "every node" : `nodes matching ${selector}`);
    if (typeof spec.namespaceSelector === "string" && spec.namespaceSelector.trim() !== "") parts.push(`namespaces matching ${spec.namespaceSelector}`);
  }
  const uses = allowedUses(pool).filter((use) => use !== "Workload");
  if (!allowedUses(pool).includes("Workload")) parts.push(`${uses.join(", ")} only`);
  return parts.join("; ");
}
var POOL_HOMES;
var init_address_map = __esm({
  "src/facts/address-map.ts"() {
    "use strict";
    init_cidr();
    init_text();
    init_cluster_facts();
    init_pools();
    POOL_HOMES = /* @__PURE__ */ new Set(["pods", "reservation", "env-pool"]);
  }
});

// src/base-side.ts
var base_side_exports = {};
__export(base_side_exports, {
  readBaseSide: () => readBaseSide
});
import { realpathSync as realpathSync2 } from "node:fs";
import path16 from "node:path";
function readBaseSide(request) {
  try {
    return readWithGit(request);
  } catch (error2) {
    if (error2 instanceof GitError) throw new UsageError(`--base: git failed: ${echo(error2.message, 300)}`);
    throw error2;
  }
}
function readWithGit(request) {
  const { cwd } = request;
  const realRoot = repositoryRoot(cwd);
  const root = path16.resolve(cwd, path16.relative(realOf(cwd), realRoot));
  const base = resolveBase(realRoot, request.ref);
  const fileChanges = changesSince(realRoot, base);
  const baseFiles = filesAt(realRoot, base);
  const byNewPath = new Map(fileChanges.filter((change) => change.newPath !== void 0).map((change) => [change.newPath, change]));
  const files = /* @__PURE__ */ new Map();
  const baseSideOf = /* @__PURE__ */ new Map();
  for (const file of request.headFiles) {
    const relative = repositoryPath(root, file);
    if (relative === void 0) continue;
    const change = byNewPath.get(relative);
    if (change !== void 0) {
      files.set(file, { added: change.addedLines, hunks: change.hunks });
      if (change.oldPath !== void 0) baseSideOf.set(change.oldPath, path16.join(root, change.oldPath));
    } else if (!baseFiles.has(relative)) {
      files.set(file, { added: /* @__PURE__ */ new Set(), hunks: [], whole: true });
    }
  }
  const wouldBeLinted = lintedPathMatcher(request);
  for (const change of fileChanges) {
    if (change.status === "deleted" && wouldBeLinted(path16.join(root, change.oldPath))) {
      baseSideOf.set(change.oldPath, path16.join(root, change.oldPath));
    }
  }
  const contents = readFilesAt(realRoot, base, [...baseSideOf.keys()]);
  const texts = /* @__PURE__ */ new Map();
  const baseAnalyses = [...contents].map(([relative, bytes]) => {
    const source = decodeSource(baseSideOf.get(relative), bytes, { maxFileSize: request.maxFileSize });
    texts.set(source.filePath, source.text);
    return analyzeSource(source, request.gate);
  });
  return {
    changes: { files },
    filterMode: request.filterMode,
    baseAnalyses,
    loadBaseText: (filePath) => texts.get(filePath) ?? ""
  };
}
function realOf(folder) {
  try {
    return realpathSync2(folder);
  } catch {
    return folder;
  }
}
function repositoryPath(root, file) {
  const relative = path16.relative(root, file);
  if (relative === "" || relative.startsWith("..") || path16.isAbsolute(relative)) return void 0;
  return relative.split(path16.sep).join("/");
}
function lintedPathMatcher(request) {
  const { cwd, config: config2 } = request;
  const globs = request.patterns.filter((pattern) => pattern !== "-" && isGlob(pattern));
  const matchesGlob = globs.length > 0 ? (0, import_picomatch5.default)(globs, { dot: true }) : () => false;
  const roots = request.patterns.filter((pattern) => pattern !== "-" && !isGlob(pattern)).map((pattern) => path16.resolve(cwd, pattern));
  const ignoredByConfig = config2.ignores.length > 0 ? (0, import_picomatch5.default)(config2.ignores, { dot: true }) : () => false;
  const ignoredByCli = request.ignorePatterns.length > 0 ? (0, import_picomatch5.default)([...request.ignorePatterns], { dot: true }) : () => false;
  const posix = (from, file) => path16.relative(from, file).split(path16.sep).join("/");
  return (file) => {
    if (!MANIFEST_NAME.test(file) || /(?:^|\/)(?:node_modules|\.git)\//.test(posix(cwd, file))) return false;
    const named = roots.some((root) => file === root || file.startsWith(root + path16.sep)) || matchesGlob(posix(cwd, file));
    return named && !ignoredByConfig(posix(config2.baseDir, file)) && !ignoredByCli(posix(cwd, file));
  };
}
var import_picomatch5;
var init_base_side = __esm({
  "src/base-side.ts"() {
    "use strict";
    import_picomatch5 = __toESM(require_picomatch2(), 1);
    init_find_files();
    init_walk_folder();
    init_git();
    init_analyze_file();
    init_errors();
    init_read_sources();
    init_text();
  }
});

// src/action/run-action.ts
import { readFileSync as readFileSync4 } from "node:fs";
import { appendFile as appendFile2, mkdir, realpath as realpath3, stat as stat3 } from "node:fs/promises";
import path18 from "node:path";

// src/engine/finding.ts
function withCluster(target, cluster) {
  if (cluster !== void 0) Object.defineProperty(target, "cluster", { value: cluster, enumerable: false });
  return target;
}

// src/engine/changes.ts
var FILTER_MODES = ["added", "diff_context", "file", "nofilter"];
function touch(changes, filePath, range) {
  const file = changes.files.get(filePath);
  if (file === void 0) return 0;
  if (file.whole) return 3;
  const last = Math.max(range.line, range.endLine);
  for (let line = range.line; line <= last; line++) {
    if (file.added.has(line)) return 3;
  }
  if (file.hunks.some((hunk) => hunk.start <= last && range.line <= hunk.end)) return 2;
  return 1;
}
var NEEDED_TOUCH = { added: 3, diff_context: 2, file: 1, nofilter: 0 };
function placeOnChangedSide(findings, changes) {
  return findings.map((finding) => {
    const { otherSide, ...first } = finding;
    if (otherSide === void 0) return finding;
    if (changes !== void 0 && touch(changes, otherSide.filePath, otherSide.range) > touch(changes, first.filePath, first.range)) {
      return otherSide;
    }
    return withCluster(first, finding.cluster);
  });
}
function filterFindings(findings, changes, mode, keepAlways) {
  if (mode === "nofilter") return [...findings];
  const needed = NEEDED_TOUCH[mode];
  return findings.filter((finding) => keepAlways(finding) || touch(changes, finding.filePath, finding.range) >= needed);
}

// src/action/run-action.ts
init_errors();

// src/format/github.ts
init_text();

// src/format/report.ts
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";

// src/engine/rule.ts
var DOCS_BASE_URL = "https://github.com/calico-lint/calico-lint/blob/main/docs/rules/";
function docsUrl(ruleId) {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}

// src/format/report.ts
var PARSE_ERROR_RULE = {
  id: "parse-error",
  description: "A file that cannot be read or parsed as Kubernetes manifests (YAML or JSON syntax, duplicate keys, binary content): no rule could check it.",
  remediation: "Fix the file at the reported position; kubectl rejects it too.",
  docsUrl: docsUrl("parse-error"),
  defaultSeverity: "error"
};
function findRepositoryRoot(start) {
  let dir = path.resolve(start);
  for (; ; ) {
    if (existsSync(path.join(dir, ".git"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(start);
    dir = parent;
  }
}
function gitRootOfFiles(filePaths, cwd) {
  const common = folderOfFiles(filePaths);
  if (common === void 0) return findRepositoryRoot(cwd);
  const root = findRepositoryRoot(common);
  return existsSync(path.join(root, ".git")) ? root : findRepositoryRoot(cwd);
}
function folderOfFiles(filePaths) {
  let first;
  let last;
  for (const filePath of filePaths) {
    if (!path.isAbsolute(filePath)) continue;
    if (first === void 0 || filePath < first) first = filePath;
    if (last === void 0 || filePath > last) last = filePath;
  }
  return first === void 0 || last === void 0 ? void 0 : commonFolder([path.dirname(first), path.dirname(last)]);
}
function commonFolder(folders) {
  let common = folders[0];
  for (const folder of folders.slice(1)) {
    while (folder !== common && !folder.startsWith(common.endsWith(path.sep) ? common : `${common}${path.sep}`)) {
      common = path.dirname(common);
    }
  }
  return common;
}
function reportPath(filePath, root) {
  if (!path.isAbsolute(filePath)) return filePath;
  return path.relative(root, filePath).split(path.sep).join("/");
}
function reportRuleId(message2) {
  return message2.ruleId ?? PARSE_ERROR_RULE.id;
}
function ruleCatalog(rules) {
  return new Map([...rules, PARSE_ERROR_RULE].map((rule) => [rule.id, rule]));
}
function fingerprints(results, root) {
  const byMessage = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Map();
  for (const result of results) {
    const file = reportPath(result.filePath, root);
    for (const message2 of [...result.messages, ...result.suppressedMessages ?? []]) {
      const key = message2.fingerprintKey ?? message2.message;
      const base = sha256(`${reportRuleId(message2)}
${file}
${key}`);
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      byMessage.set(message2, count === 1 ? base : sha256(`${base}
${count}`));
    }
  }
  return byMessage;
}
function primaryLocationLineHashes(results, root) {
  const byMessage = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Map();
  for (const result of results) {
    const file = reportPath(result.filePath, root);
    for (const message2 of [...result.messages, ...result.suppressedMessages ?? []]) {
      const { cluster, fingerprintKey } = message2;
      const identity2 = cluster !== void 0 && fingerprintKey !== void 0 ? `cluster ${cluster}
${fingerprintKey}` : `file ${file}
${fingerprintKey ?? message2.message}`;
      const hash = sha256(`${reportRuleId(message2)}
${identity2}`).slice(0, 32);
      const count = (seen.get(hash) ?? 0) + 1;
      seen.set(hash, count);
      byMessage.set(message2, `${hash}:${count}`);
    }
  }
  return byMessage;
}
function sha256(text) {
  return createHash("sha256").update(text).digest("hex");
}
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

// src/format/github.ts
var ANNOTATIONS_PER_TYPE_PER_STEP = 10;
var ANNOTATIONS_PER_JOB = 50;
var STEP_SUMMARY_MAX_BYTES = 1e6;
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function workflowCommand(command, properties, message2) {
  const props = Object.entries(properties).filter((entry) => entry[1] !== void 0 && entry[1] !== "").map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
  return `::${command}${props === "" ? "" : ` ${props}`}::${escapeData(message2)}`;
}
function formatGithub(results, data) {
  const errors = [];
  const warnings = [];
  for (const result of results) {
    const file = reportPath(result.filePath, data.repositoryRoot);
    for (const message2 of result.messages) {
      (message2.severity === 2 ? errors : warnings).push(annotation(file, message2, data));
    }
  }
  const lines = [...errors, ...warnings];
  const notice = hiddenAnnotationsNotice(errors.length, warnings.length, data.stepSummary ?? false);
  if (notice !== void 0) lines.push(workflowCommand("notice", { title: "calico-lint" }, notice));
  return lines.length === 0 ? "" : `${lines.join("\n")}
`;
}
function hiddenAnnotationsNotice(errors, warnings, stepSummary) {
  const hiddenErrors = Math.max(0, errors - ANNOTATIONS_PER_TYPE_PER_STEP);
  const hiddenWarnings = Math.max(0, warnings - ANNOTATIONS_PER_TYPE_PER_STEP);
  if (hiddenErrors === 0 && hiddenWarnings === 0) return void 0;
  const hidden = [hiddenErrors > 0 ? plural(hiddenErrors, "error") : "", hiddenWarnings > 0 ? plural(hiddenWarnings, "warning") : ""].filter(Boolean).join(" and ");
  return `calico-lint found ${plural(errors, "error")} and ${plural(warnings, "warning")}; ${hidden} ${hiddenErrors + hiddenWarnings === 1 ? "is" : "are"} not shown as annotations, because GitHub shows at most ${ANNOTATIONS_PER_TYPE_PER_STEP} of each type per step (and ${ANNOTATIONS_PER_JOB} per job). ` + (stepSummary ? "The job summary lists every finding." : "This step's log lists every finding.");
}
function annotation(file, message2, data) {
  const endLine = message2.endLine ?? message2.line;
  const oneLine = endLine === message2.line;
  let text = message2.message;
  for (const related2 of message2.relatedLocations ?? []) {
    text += `
  ${reportPath(related2.filePath, data.repositoryRoot)}:${related2.range.line}:${related2.range.column}: ${related2.message}`;
  }
  return workflowCommand(message2.severity === 2 ? "error" : "warning", {
    file,
    line: message2.line,
    col: oneLine ? message2.column : void 0,
    endLine,
    endColumn: oneLine ? message2.endColumn ?? message2.column : void 0,
    title: `calico-lint: ${reportRuleId(message2)}`
  }, text);
}
function githubSummary(results, data) {
  const rules = ruleCatalog(data.rules);
  let errors = 0;
  let warnings = 0;
  let suppressed = 0;
  const rows = [];
  for (const result of results) {
    const file = escapeMarkdown(reportPath(result.filePath, data.repositoryRoot));
    suppressed += result.suppressedMessages?.length ?? 0;
    for (const message2 of result.messages) {
      if (message2.severity === 2) errors++;
      else warnings++;
      const ruleId = reportRuleId(message2);
      const docs = rules.get(ruleId)?.docsUrl;
      const rule = docs === void 0 ? escapeMarkdown(ruleId) : `[${escapeMarkdown(ruleId)}](${docs})`;
      let text = escapeMarkdown(message2.message);
      for (const related2 of message2.relatedLocations ?? []) {
        const where = `${escapeMarkdown(reportPath(related2.filePath, data.repositoryRoot))}:${related2.range.line}:${related2.range.column}`;
        text += `<br>↳ ${where}\\: ${escapeMarkdown(related2.message)}`;
      }
      const severity = message2.severity === 2 ? "❌ error" : "⚠️ warning";
      rows.push(`| ${severity} | ${file}:${message2.line}:${message2.column} | ${rule} | ${text} |`);
    }
  }
  const files = plural(results.length, "file");
  const suppressedNote = suppressed > 0 ? ` (${suppressed} suppressed in the source)` : "";
  let summary = "## calico-lint\n\n";
  if (rows.length === 0) {
    return `${summary}No problems found in ${files}${suppressedNote}.

`;
  }
  summary += `**${plural(errors, "error")}, ${plural(warnings, "warning")}** in ${files}${suppressedNote}.

| severity | location | rule | message |
|---|---|---|---|
`;
  let size = Buffer.byteLength(summary);
  let shown2 = 0;
  for (const row of rows) {
    const bytes = Buffer.byteLength(row) + 1;
    if (size + bytes > STEP_SUMMARY_MAX_BYTES - 1e3) break;
    summary += `${row}
`;
    size += bytes;
    shown2++;
  }
  if (shown2 < rows.length) {
    summary += `
${rows.length - shown2} more findings are not shown: a job summary is limited to 1 MiB. The step log and the SARIF report list them all.
`;
  }
  return `${summary}
`;
}
var HTML_ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
function escapeMarkdown(text) {
  return sanitize(text).replace(/[\\`*_[\]()#!|~:@$.&<>]/g, (char) => HTML_ENTITIES[char] ?? `\\${char}`);
}

// src/format/address-map-markdown.ts
var MAX_BYTES = 2e5;
function addressMapMarkdown(maps) {
  if (!maps || maps.length === 0) return "";
  let text = "### Address map\n\n";
  for (const map of maps) {
    let section = `**Cluster ${escapeMarkdown(map.name)}**${map.maxNodes === void 0 ? "" : ` (maxNodes ${map.maxNodes})`}

| range | what | blocks × addresses | nodes it can serve | used by | defined at |
|---|---|---|---|---|---|
`;
    const sorted = [...map.ranges].sort((a, b) => a.family - b.family || compare(BigInt(a.first), BigInt(b.first)) || compare(BigInt(b.last), BigInt(a.last)));
    for (const range of sorted) {
      const flag = range.conflict ? " ❌ overlap" : "";
      const what = range.pool ? `${escapeMarkdown(range.roleName)} **${escapeMarkdown(range.label)}**` : escapeMarkdown(range.label);
      const blocks = range.pool ? `${range.pool.blocks} × ${range.pool.addressesPerBlock} (/${range.pool.blockSize})` : "";
      section += `| \`${range.text}\`${flag} | ${what} | ${blocks} | ${range.pool ? range.pool.nodesServed : ""} | ${range.pool ? escapeMarkdown(range.pool.usedBy) : ""} | ${escapeMarkdown(range.where)} |
`;
    }
    section += "\n";
    if (Buffer.byteLength(text + section) > MAX_BYTES) {
      text += "More clusters are not shown: the job summary has a size limit. `--format html` draws them all.\n\n";
      break;
    }
    text += section;
  }
  return text;
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/format/sarif.ts
import { pathToFileURL } from "node:url";
var SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var INFORMATION_URI = "https://github.com/calico-lint/calico-lint";
var SRCROOT = "%SRCROOT%";
var FINGERPRINT_KEY = "calicoLint/v1";
var LINE_HASH_KEY = "primaryLocationLineHash";
function formatSarif(results, data) {
  return `${JSON.stringify(sarifLog(results, data), null, 2)}
`;
}
var MAX_RESULTS_PER_RUN = 25e3;
function sarifLog(results, data, maxResults = MAX_RESULTS_PER_RUN) {
  const rules = [...data.rules, PARSE_ERROR_RULE];
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const descriptors = rules.map(descriptor);
  const prints = fingerprints(results, data.repositoryRoot);
  const lineHashes = primaryLocationLineHashes(results, data.repositoryRoot);
  const entries = [];
  for (const lintResult of results) {
    const uri = artifactUri(reportPath(lintResult.filePath, data.repositoryRoot));
    for (const message2 of lintResult.messages) entries.push({ message: message2, suppressions: void 0, uri });
    if (data.keepSuppressed) {
      for (const message2 of lintResult.suppressedMessages ?? []) entries.push({ message: message2, suppressions: message2.suppressions, uri });
    }
  }
  const { kept, notification } = capResults(entries, maxResults);
  if (notification !== void 0) data.notice?.(notification);
  const sarifResults = [];
  for (const { message: message2, suppressions, uri } of kept) {
    const ruleId = reportRuleId(message2);
    let index = ruleIndex.get(ruleId);
    if (index === void 0) {
      index = descriptors.length;
      ruleIndex.set(ruleId, index);
      descriptors.push({ id: ruleId, name: pascalCase(ruleId), shortDescription: { text: `${ruleId}.` } });
    }
    const result = {
      ruleId,
      ruleIndex: index,
      level: message2.severity === 2 ? "error" : "warning",
      message: { text: message2.message },
      locations: [{ physicalLocation: physicalLocation(uri, message2) }],
      partialFingerprints: { [LINE_HASH_KEY]: lineHashes.get(message2), [FINGERPRINT_KEY]: prints.get(message2) }
    };
    const related2 = message2.relatedLocations;
    if (related2?.length) {
      result.relatedLocations = related2.map((location, i) => ({
        id: i + 1,
        physicalLocation: physicalLocation(artifactUri(reportPath(location.filePath, data.repositoryRoot)), location.range),
        message: { text: location.message }
      }));
    }
    if (suppressions?.length) {
      result.suppressions = suppressions.map((suppression) => ({ kind: "inSource", justification: suppression.justification }));
    }
    sarifResults.push(result);
  }
  const run = {
    tool: {
      driver: {
        name: "calico-lint",
        version: data.version,
        semanticVersion: data.version,
        informationUri: INFORMATION_URI,
        rules: descriptors
      }
    }
  };
  if (data.category !== void 0) run.automationDetails = { id: automationId(data.category) };
  if (notification !== void 0) {
    run.invocations = [{
      executionSuccessful: true,
      toolExecutionNotifications: [{ level: "warning", descriptor: { id: "result-limit" }, message: { text: notification } }]
    }];
  }
  run.originalUriBaseIds = {
    [SRCROOT]: { uri: directoryUri(data.repositoryRoot), description: { text: "The repository root." } }
  };
  run.columnKind = "utf16CodeUnits";
  run.results = sarifResults;
  return { $schema: SARIF_SCHEMA, version: "2.1.0", runs: [run] };
}
function capResults(entries, max) {
  if (entries.length <= max) return { kept: [...entries] };
  const rank = (entry) => entry.suppressions?.length ? 2 : entry.message.severity === 2 ? 0 : 1;
  const order = entries.map((entry, index) => ({ entry, index, rank: rank(entry) }));
  order.sort((a, b) => a.rank - b.rank || a.index - b.index);
  const keptIndexes = order.slice(0, max).map((item) => item.index).sort((a, b) => a - b);
  const left = order.slice(max);
  const count = (r) => left.filter((item) => item.rank === r).length;
  const parts = [plural(count(0), "error"), plural(count(1), "warning"), `${count(2)} suppressed`].filter((part) => !part.startsWith("0 "));
  const notification = `the SARIF report holds the ${max.toLocaleString("en-US")} most severe of ${entries.length.toLocaleString("en-US")} findings, GitHub code scanning's limit per run; left out: ${parts.join(", ")}. Other formats (e.g. --format json) list them all.`;
  return { kept: keptIndexes.map((index) => entries[index]), notification };
}
function automationId(category) {
  return category.endsWith("/") ? category : `${category}/`;
}
function descriptor(rule) {
  const level = rule.defaultSeverity === "error" ? "error" : "warning";
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: { text: `${rule.description} ${rule.remediation}` },
    help: {
      text: `${rule.remediation} Documentation: ${rule.docsUrl}`,
      markdown: `${rule.remediation}

[Documentation of ${rule.id}](${rule.docsUrl})`
    },
    helpUri: rule.docsUrl,
    defaultConfiguration: { level },
    properties: { tags: ["kubernetes", "calico"] }
  };
}
function physicalLocation(uri, range) {
  const endLine = range.endLine ?? range.line;
  return {
    artifactLocation: { uri, uriBaseId: SRCROOT },
    region: {
      startLine: range.line,
      startColumn: range.column,
      endLine,
      endColumn: range.endColumn ?? range.column
    }
  };
}
function artifactUri(reportedPath) {
  return reportedPath.split("/").map((segment) => encodeURIComponent(segment)).join("/");
}
function directoryUri(dir) {
  const href = pathToFileURL(dir).href;
  return href.endsWith("/") ? href : `${href}/`;
}
function pascalCase(id) {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((word) => word[0].toUpperCase() + word.slice(1)).join("");
}

// src/output.ts
init_errors();
init_text();
import { constants, lstatSync } from "node:fs";
import { open } from "node:fs/promises";
import path2 from "node:path";
function refuseLinkedReportFolder(target, root, shown2 = target) {
  const relative = path2.relative(root, path2.dirname(target));
  if (relative === "" || relative.startsWith("..") || path2.isAbsolute(relative)) return;
  let folder = root;
  for (const part of relative.split(path2.sep)) {
    folder = path2.join(folder, part);
    let isLink;
    try {
      isLink = lstatSync(folder).isSymbolicLink();
    } catch {
      return;
    }
    if (isLink) {
      throw new UsageError(`cannot write ${echo(shown2, 200)}: its folder ${echo(path2.relative(root, folder), 200)} is a symbolic link, and reports are never written through one`);
    }
  }
}
async function writeReportFile(target, text, shown2 = target) {
  let handle;
  try {
    handle = await open(target, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0), 438);
  } catch (error2) {
    const code = error2.code;
    const reason = code === "ELOOP" ? "it is a symbolic link, and reports are never written through one" : describeFsError(error2);
    throw new UsageError(`cannot write ${shown2}: ${reason}`);
  }
  try {
    await handle.writeFile(text);
  } catch (error2) {
    throw new UsageError(`cannot write ${shown2}: ${describeFsError(error2)}`);
  } finally {
    await handle.close();
  }
}

// src/action/run-action.ts
init_text();

// src/pipeline.ts
import { statSync as statSync3 } from "node:fs";
import path17 from "node:path";

// rules/calico-node-pool-env.ts
init_cluster_facts();
init_pools();
var calicoNodePoolEnv = {
  meta: {
    id: "calico-node-pool-env",
    description: "calico-node's CALICO_IPV4POOL_CIDR / CALICO_IPV6POOL_CIDR must match a pool of the cluster when pools are defined.",
    remediation: "Change the pools themselves (IPPool or Installation); set the variable to an existing pool's CIDR, or remove it.",
    docsUrl: docsUrl("calico-node-pool-env"),
    defaultSeverity: "warn",
    fixable: false,
    scope: "project",
    relevantText: FACT_TEXT
  },
  check(project, context) {
    const pools = distinctPools(project.pools.pools);
    for (const env of clusterFacts(project, context.config).envPools) {
      if (env.cidr === void 0) continue;
      const sameFamily = pools.filter((pool) => pool.cidr.family === env.family);
      if (sameFamily.length === 0 || sameFamily.some((pool) => pool.cidr.canonical === env.cidr.canonical)) continue;
      const shown2 = sameFamily.slice(0, 3).map(poolLabel).join(", ") + (sameFamily.length > 3 ? `, and ${sameFamily.length - 3} more` : "");
      context.report({
        ...env.location,
        message: `${env.variable} ${env.cidr.canonical} matches no IPv${env.family} pool of this cluster (${shown2}): calico-node reads it only to create default-ipv${env.family}-ippool when no IPv${env.family} pool exists, so editing it changes nothing. Change the pools themselves, and set the variable to an existing pool's CIDR or remove it.`
      });
    }
  }
};

// rules/cluster-facts-conflict.ts
init_cluster_facts();
init_pools();
var CONFIG_KEYS = { pods: "podCidrs", services: "serviceCidrs", nodes: "nodeCidrs" };
var clusterFactsConflict = {
  meta: {
    id: "cluster-facts-conflict",
    description: "A range read from the repository must agree with the configuration's `podCidrs`, `serviceCidrs` or `nodeCidrs`.",
    remediation: "Correct whichever is wrong: the configuration key, or the manifest the cluster is built from.",
    docsUrl: docsUrl("cluster-facts-conflict"),
    defaultSeverity: "warn",
    fixable: false,
    scope: "project",
    relevantText: FACT_TEXT
  },
  check(project, context) {
    const ranges = clusterFacts(project, context.config).ranges;
    for (const role of ["pods", "services", "nodes"]) {
      const configured = ranges.filter((fact) => fact.role === role && fact.location === void 0);
      for (const fact of ranges) {
        if (fact.role !== role || fact.location === void 0) continue;
        const sameFamily = configured.filter((entry) => entry.range.family === fact.range.family);
        if (sameFamily.length === 0 || sameFamily.some((entry) => rangesOverlap(entry.range, fact.range))) continue;
        context.report({
          ...fact.location,
          message: `${fact.source} says the ${ROLE_NAMES[role]} is ${fact.range.text}, but \`${CONFIG_KEYS[role]}\` in the configuration says ${sameFamily.map((entry) => entry.range.text).join(", ")}: the address-space checks use both. Correct whichever is wrong.`
        });
      }
    }
  }
};

// rules/cni-config-pools.ts
init_cluster_facts();
init_pools();
init_cidr();
init_text();
var cniConfigPools = {
  meta: {
    id: "cni-config-pools",
    description: "Pools named in the CNI config (`ipam.ipv4_pools` / `ipv6_pools` in calico-config) must exist and be enabled.",
    remediation: "Name an existing, enabled pool of the right family, by name or exact CIDR.",
    docsUrl: docsUrl("cni-config-pools"),
    defaultSeverity: "error",
    fixable: false,
    scope: "project",
    relevantText: FACT_TEXT
  },
  check(project, context) {
    for (const reference of clusterFacts(project, context.config).cniPoolReferences) {
      const sameFamily = project.pools.pools.filter((pool) => pool.cidr?.family === reference.family);
      if (sameFamily.length === 0) continue;
      const parsed = parseCidr(reference.entry);
      const found = parsed.ok ? project.pools.byCidr(parsed.cidr) : project.pools.byName(reference.entry);
      const key = `ipv${reference.family}_pools`;
      if (found.length === 0) {
        context.report({
          ...reference.location,
          message: `CNI config \`${key}\` names ${quote(reference.entry)}, which is no IPv${reference.family} pool of this cluster (pools: ${sameFamily.slice(0, 5).map(poolLabel).join(", ")}): Calico fails every pod on the node ("the given pool does not exist, or is not enabled"). Name an existing pool, by name or exact CIDR.`
        });
      } else if (found.every(isDisabled)) {
        context.report({
          ...reference.location,
          message: `CNI config \`${key}\` names ${poolLabel(found[0])}, which is disabled: Calico fails every pod that has no pool annotation ("the given pool does not exist, or is not enabled"). Name an enabled pool.`
        });
      }
    }
  }
};

// rules/installation-pool-outside-pod-cidr.ts
init_cluster_facts();
init_pools();
var installationPoolOutsidePodCidr = {
  meta: {
    id: "installation-pool-outside-pod-cidr",
    description: "An Installation pool (also inside Helm values) must lie inside kubeadm's pod CIDR: the operator refuses it otherwise.",
    remediation: "Change the pool CIDR to a range inside the pod CIDR, or build the cluster with a pod CIDR that contains it.",
    docsUrl: docsUrl("installation-pool-outside-pod-cidr"),
    defaultSeverity: "error",
    fixable: false,
    scope: "project",
    relevantText: FACT_TEXT
  },
  check(project, context) {
    const podRanges = clusterFacts(project, context.config).ranges.filter((fact) => fact.role === "pods");
    for (const pool of distinctPools(project.pools.pools)) {
      if (pool.definition.origin !== "Installation") continue;
      const kubeadm = podRangesLeftOut(pool, podRanges.filter(isKubeadm));
      if (kubeadm.length === 0) continue;
      const first = kubeadm[0];
      context.report({
        ...cidrLocation(pool),
        message: `${poolLabel(pool)} is outside the kubeadm pod CIDR ${kubeadm.map((fact) => fact.range.text).join(", ")} (${factOrigin(first, context)}): the operator refuses the Installation ("IPPool ${pool.cidr.canonical} is not within the platform's configured pod network CIDR(s)") and Calico is not installed. Use a range inside the pod CIDR.`,
        related: factRelated(first, `pod CIDR ${first.range.text}`)
      });
    }
  }
};

// rules/ipreservation-range.ts
init_cluster_facts();
init_pools();
var ipreservationRange = {
  meta: {
    id: "ipreservation-range",
    description: "An IPReservation range must lie inside a pool (otherwise it has no effect) and reserve at most a tenth of any pool.",
    remediation: "Reserve addresses of a pool only; for large ranges shrink the pool or split it instead of reserving.",
    docsUrl: docsUrl("ipreservation-range"),
    defaultSeverity: "warn",
    fixable: false,
    scope: "project",
    relevantText: FACT_TEXT
  },
  check(project, context) {
    const reservations = clusterFacts(project, context.config).ranges.filter((fact) => fact.role === "reservation");
    if (reservations.length === 0) return;
    const pools = distinctPools(project.pools.pools);
    if (pools.length === 0) return;
    for (const fact of reservations) {
      if (pools.some((pool) => rangesOverlap(pool.cidr, fact.range))) continue;
      context.report({
        ...fact.location,
        message: `IPReservation range ${fact.range.text} is outside every pool of this cluster: it reserves nothing. Remove it, or correct the range.`
      });
    }
    for (const pool of pools) {
      const inside = reservations.filter((fact) => rangesOverlap(pool.cidr, fact.range));
      const reserved = inside.reduce((sum, fact) => sum + overlapSize(pool, fact), 0n);
      const size = pool.cidr.last - pool.cidr.first + 1n;
      if (reserved * 10n <= size) continue;
      context.report({
        ...inside[0].location,
        message: `IPReservations reserve ${reserved} of the ${size} addresses of ${poolLabel(pool)} (more than a tenth): Calico documents that IPAM then becomes significantly slower when searching for free blocks. Shrink or split the pool instead.`
      });
    }
  }
};
function overlapSize(pool, fact) {
  const first = pool.cidr.first > fact.range.first ? pool.cidr.first : fact.range.first;
  const last = pool.cidr.last < fact.range.last ? pool.cidr.last : fact.range.last;
  return last >= first ? last - first + 1n : 0n;
}

// rules/ippool-outside-pod-cidr.ts
init_cluster_facts();
init_pools();
var ippoolOutsidePodCidr = {
  meta: {
    id: "ippool-outside-pod-cidr",
    description: "A pool outside the pod CIDR gets its pods' Service traffic masqueraded by kube-proxy.",
    remediation: "Accept it for a pool whose pods need no source-based policy on Service traffic, add the range to kube-proxy's clusterCIDR, or run kube-proxy with --detect-local-mode=InterfaceNamePrefix (cali).",
    docsUrl: docsUrl("ippool-outside-pod-cidr"),
    defaultSeverity: "warn",
    fixable: false,
    scope: "project",
    relevantText: FACT_TEXT
  },
  check(project, context) {
    const podRanges = clusterFacts(project, context.config).ranges.filter((fact) => fact.role === "pods");
    for (const pool of distinctPools(project.pools.pools)) {
      if (isLoadBalancerPool(pool)) continue;
      const sameFamily = podRangesLeftOut(pool, podRanges);
      if (sameFamily.length === 0) continue;
      if (pool.definition.origin === "Installation" && sameFamily.some(isKubeadm)) continue;
      const first = sameFamily[0];
      context.report({
        ...cidrLocation(pool),
        message: `${poolLabel(pool)} is outside the pod CIDR ${sameFamily.map((fact) => fact.range.text).join(", ")} (${factOrigin(first, context)}): kube-proxy masquerades its pods' traffic to Services (detect-local-mode ClusterCIDR), so backends and their network policy see the node's address instead of the pod's.`,
        related: factRelated(first, `pod CIDR ${first.range.text}`)
      });
    }
  }
};

// rules/loadbalancer-pool-not-advertised.ts
init_cluster_facts();
init_pools();
var loadbalancerPoolNotAdvertised = {
  meta: {
    id: "loadbalancer-pool-not-advertised",
    description: "A LoadBalancer pool must lie inside a BGPConfiguration `serviceLoadBalancerIPs` range, or its addresses are never advertised.",
    remediation: "Add the pool's CIDR to `spec.serviceLoadBalancerIPs` of the BGPConfiguration named default.",
    docsUrl: docsUrl("loadbalancer-pool-not-advertised"),
    defaultSeverity: "warn",
    fixable: false,
    scope: "project",
    relevantText: FACT_TEXT
  },
  check(project, context) {
    const bgp = project.resources.find((resource) => resource.kind === "BGPConfiguration" && resource.name === "default");
    if (bgp === void 0) return;
    const advertised = clusterFacts(project, context.config).ranges.filter((fact) => fact.role === "bgp-service-load-balancer-ips");
    for (const pool of distinctPools(project.pools.pools)) {
      if (!isLoadBalancerPool(pool) || advertised.some((fact) => rangeContains(fact.range, pool.cidr))) continue;
      context.report({
        ...cidrLocation(pool),
        message: `${poolLabel(pool)} is a LoadBalancer pool outside every \`serviceLoadBalancerIPs\` range of BGPConfiguration "default" (${advertised.length === 0 ? "it lists none" : advertised.map((fact) => fact.range.text).join(", ")}): Calico never advertises its addresses, so LoadBalancer Services get IPs no router can reach. Add the CIDR to \`serviceLoadBalancerIPs\`.`,
        related: [{ resource: bgp, path: ["spec"], message: 'BGPConfiguration "default"' }]
      });
    }
  }
};

// rules/pool-capacity.ts
init_cluster_facts();
init_pools();
var KUBELET_MAX_PODS = 110;
var LARGE_IPV6_BLOCK = 256;
var poolCapacity = {
  meta: {
    id: "pool-capacity",
    description: "A pool that serves every node must have a block per node (`maxNodes`), enough addresses under `maxBlocksPerHost`, and IPv6 blocks of sane size.",
    remediation: "Choose a larger pool, or a longer blockSize (more, smaller blocks); raise maxBlocksPerHost; use IPv6 blocks of /122 (the default).",
    docsUrl: docsUrl("pool-capacity"),
    defaultSeverity: "warn",
    fixable: false,
    scope: "project",
    relevantText: FACT_TEXT
  },
  check(project, context) {
    const facts = clusterFacts(project, context.config);
    for (const pool of distinctPools(project.pools.pools)) {
      const blockSize = blockSizeOf(pool);
      const bits = pool.cidr.family === 4 ? 32 : 128;
      if (blockSize < pool.cidr.prefixLength || blockSize > bits) continue;
      if (!servesEveryNode(pool)) continue;
      const blocks = 2n ** BigInt(blockSize - pool.cidr.prefixLength);
      const perBlock = 2n ** BigInt(bits - blockSize);
      const blockSizePath = [...pool.definition.specPath, pool.definition.spec.blockSize === void 0 ? "cidr" : "blockSize"];
      const at2 = { resource: pool.definition.resource, path: blockSizePath };
      const shape = `${blocks} block${blocks === 1n ? "" : "s"} of /${blockSize} (${perBlock} addresses each)`;
      if (facts.maxNodes !== void 0 && blocks < BigInt(facts.maxNodes)) {
        context.report({
          ...at2,
          message: `${poolLabel(pool)} has ${shape} for ${facts.maxNodes} nodes (\`maxNodes\`): nodes ${blocks + 1n}–${facts.maxNodes} get no block of their own and borrow addresses from other nodes' blocks, or fail with strictAffinity. A /${largestPrefixFor(blockSize, facts.maxNodes)} pool (or larger) gives every node a block of /${blockSize}.`
        });
      }
      if (facts.maxBlocksPerHost !== void 0 && BigInt(facts.maxBlocksPerHost.value) * perBlock < BigInt(KUBELET_MAX_PODS)) {
        const most = BigInt(facts.maxBlocksPerHost.value) * perBlock;
        context.report({
          ...at2,
          message: `${poolLabel(pool)}: IPAMConfiguration \`maxBlocksPerHost\` ${facts.maxBlocksPerHost.value} × ${perBlock} addresses per block lets a node hold at most ${most} addresses from this pool, fewer than kubelet's default ${KUBELET_MAX_PODS} pods: pods beyond that fail to get an address. Raise maxBlocksPerHost, or use larger blocks (a smaller blockSize).`,
          related: [{ ...facts.maxBlocksPerHost.location, message: "maxBlocksPerHost" }]
        });
      }
      if (pool.cidr.family === 6 && perBlock > BigInt(LARGE_IPV6_BLOCK)) {
        context.report({
          ...at2,
          message: `${poolLabel(pool)} has IPv6 blocks of /${blockSize} (${perBlock} addresses each): every block is one IPAMBlock object with an entry per address, rewritten on each assignment, and a node claims a whole block even for one pod. Use /122 (64 addresses, the default) unless nodes run that many pods.`
        });
      }
    }
  }
};
function servesEveryNode(pool) {
  const spec = pool.definition.spec;
  if (isDisabled(pool) || !allowedUses(pool).includes("Workload") || spec.assignmentMode === "Manual") return false;
  const selector = spec.nodeSelector;
  return selector === void 0 || selector === null || typeof selector === "string" && ["", "all()"].includes(selector.trim());
}
function largestPrefixFor(blockSize, nodes) {
  let prefix = blockSize;
  while (prefix > 0 && 2 ** (blockSize - prefix) < nodes) prefix--;
  return prefix;
}

// rules/pool-overlaps-cluster-range.ts
init_cluster_facts();
init_pools();
var WHY = {
  services: () => "kube-proxy captures traffic to Service cluster IPs on every node, so pods given these addresses are unreachable for the Service traffic that matches, and the API server can hand the same address to a Service",
  nodes: () => "pod routes for these addresses shadow the nodes' own network: nodes and pods become unreachable to each other",
  "load-balancer": () => "MetalLB hands out the same addresses to LoadBalancer Services: two allocators, one range",
  "bgp-service-cluster-ips": () => "Calico advertises this range over BGP as Service cluster IPs, so routers send pod traffic to Service endpoints",
  "bgp-service-external-ips": () => "Calico advertises this range over BGP as Service external IPs, so routers send pod traffic to Service endpoints",
  // A LoadBalancer pool belongs inside serviceLoadBalancerIPs; any other pool does not.
  "bgp-service-load-balancer-ips": (pool) => isLoadBalancerPool(pool) ? void 0 : "Calico advertises this range over BGP for LoadBalancer Services, not for pods"
};
var poolOverlapsClusterRange = {
  meta: {
    id: "pool-overlaps-cluster-range",
    description: "A pool must not overlap the Service range, a node network, a MetalLB range, or a BGPConfiguration range it is not meant for.",
    remediation: "Move the pool to a range no other part of the cluster uses.",
    docsUrl: docsUrl("pool-overlaps-cluster-range"),
    defaultSeverity: "error",
    fixable: false,
    scope: "project",
    relevantText: FACT_TEXT
  },
  check(project, context) {
    const facts = clusterFacts(project, context.config);
    const others = facts.ranges.filter((fact) => WHY[fact.role] !== void 0);
    if (others.length === 0) return;
    for (const pool of distinctPools(project.pools.pools)) {
      for (const fact of others) {
        if (!rangesOverlap(pool.cidr, fact.range)) continue;
        const why = WHY[fact.role](pool);
        if (why === void 0) continue;
        context.report({
          ...cidrLocation(pool),
          message: `${poolLabel(pool)} overlaps the ${ROLE_NAMES[fact.role]} ${fact.range.text} (${factOrigin(fact, context)}): ${why}. Move the pool to a range of its own.`,
          related: factRelated(fact, `${ROLE_NAMES[fact.role]} ${fact.range.text}`)
        });
      }
    }
  }
};

// rules/service-loadbalancer-annotation.ts
init_pools();
init_cidr();

// src/resources/calico-annotations.ts
init_resource();
var CALICO_ANNOTATIONS = {
  ipv4pools: "cni.projectcalico.org/ipv4pools",
  ipv6pools: "cni.projectcalico.org/ipv6pools",
  ipAddrs: "cni.projectcalico.org/ipAddrs",
  ipAddrsNoIpam: "cni.projectcalico.org/ipAddrsNoIpam",
  floatingIPs: "cni.projectcalico.org/floatingIPs",
  ipFamilies: "cni.projectcalico.org/ipFamilies"
};
var CALICO_WRITTEN_ANNOTATIONS = [
  "cni.projectcalico.org/podIP",
  "cni.projectcalico.org/podIPs",
  "cni.projectcalico.org/containerID"
];
function annotationSites(resource) {
  const sites = [];
  const own2 = resource.metadata.annotations;
  if (resource.kind === "Namespace") {
    if (isPlainObject(own2)) {
      sites.push({ resource, kind: "namespace", path: ["metadata", "annotations"], annotations: own2, namespace: resource.name });
    }
    return sites;
  }
  for (const template of resource.podTemplates) {
    const annotations = template.metadata.annotations;
    if (isPlainObject(annotations)) {
      sites.push({
        resource,
        kind: "pod",
        path: [...template.path, "metadata", "annotations"],
        annotations,
        namespace: resource.namespace
      });
    }
  }
  const isController = resource.podTemplates.length > 0 && resource.podTemplates.every((t) => t.path.length > 0);
  if (isController && isPlainObject(own2)) {
    sites.push({ resource, kind: "controller", path: ["metadata", "annotations"], annotations: own2, namespace: resource.namespace });
  }
  return sites;
}
var TYPOGRAPHIC_QUOTES = /[\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b\u2033\u00ab\u00bb]/;
var POOL_LIST = { example: '["pool-name"]', entry: "a quoted name or CIDR" };
function parseStringList(value, wording = POOL_LIST) {
  if (typeof value !== "string") {
    return { ok: false, problem: "is not a string: annotation values must be strings holding a JSON list" };
  }
  let parsed;
  try {
    parsed = JSON.parse(value);
  } catch {
    if (TYPOGRAPHIC_QUOTES.test(value)) {
      return { ok: false, problem: 'is not JSON: it contains typographic quotes (“ ” ‘ ’), probably pasted from a web page; use plain ASCII quotes (")' };
    }
    return { ok: false, problem: `is not valid JSON: expected a list such as ${wording.example}` };
  }
  if (parsed === null) return { ok: true, items: [] };
  if (!Array.isArray(parsed)) {
    return { ok: false, problem: `is not a JSON list: expected a list such as ${wording.example}` };
  }
  if (!parsed.every((item) => typeof item === "string")) {
    return { ok: false, problem: `is not a list of strings: every entry must be ${wording.entry}` };
  }
  return { ok: true, items: parsed };
}

// rules/service-loadbalancer-annotation.ts
init_resource();
init_text();
var LB_ANNOTATIONS = ["projectcalico.org/ipv4pools", "projectcalico.org/ipv6pools", "projectcalico.org/loadBalancerIPs"];
var CNI_PREFIX = "cni.projectcalico.org/";
var serviceLoadbalancerAnnotation = {
  meta: {
    id: "service-loadbalancer-annotation",
    description: "Calico LoadBalancer annotations on a Service must parse and name existing LoadBalancer pools and addresses inside them; `cni.projectcalico.org/` annotations do nothing on a Service.",
    remediation: "Name a pool with `allowedUses: [LoadBalancer]`, by name or exact CIDR, and addresses inside such a pool; use `projectcalico.org/` on Services.",
    docsUrl: docsUrl("service-loadbalancer-annotation"),
    defaultSeverity: "error",
    fixable: false,
    scope: "project",
    relevantText: new RegExp(`${FACT_TEXT.source}|projectcalico\\.org`)
  },
  check(project, context) {
    for (const resource of project.resources) {
      if (resource.kind !== "Service" || resource.apiVersion !== "v1") continue;
      const annotations = resource.metadata.annotations;
      if (!isPlainObject(annotations)) continue;
      for (const [key, value] of Object.entries(annotations)) {
        if (key.startsWith(CNI_PREFIX)) {
          context.report({
            resource,
            path: ["metadata", "annotations", key],
            part: "key",
            message: `\`${quote(key).slice(1, -1)}\` is a CNI annotation, read on pods and namespaces only: on a Service it does nothing. For LoadBalancer IPAM write \`projectcalico.org/${key.slice(CNI_PREFIX.length)}\`.`
          });
        } else if (LB_ANNOTATIONS.includes(key)) {
          checkAnnotation(resource, key, value, project.pools.pools.length > 0, project.pools, context);
        }
      }
    }
  }
};
function checkAnnotation(resource, key, value, anyPools, pools, context) {
  const path19 = ["metadata", "annotations", key];
  const report4 = (message2) => context.report({ resource, path: path19, message: `\`${key}\` ${message2}` });
  const parsed = parseStringList(value);
  if (!parsed.ok) return report4(`${parsed.problem}.`);
  if (!anyPools) return;
  const addresses = key.endsWith("loadBalancerIPs");
  const family = key.includes("ipv6") ? 6 : 4;
  for (const entry of parsed.items) {
    const cidr = parseCidr(entry);
    if (addresses) {
      if (!cidr.ok) {
        report4(`lists ${quote(entry)}, which is not an IP address.`);
        continue;
      }
      const inside = pools.containing(cidr.cidr).filter(isLoadBalancerPool);
      if (inside.length === 0) report4(`lists ${quote(entry)}, which is inside no LoadBalancer pool of this cluster: Calico cannot assign it.`);
      continue;
    }
    const found = cidr.ok ? pools.byCidr(cidr.cidr) : pools.byName(entry);
    if (found.length === 0) {
      report4(`names ${quote(entry)}, which is no pool of this cluster (by name or exact CIDR): Calico assigns no address.`);
    } else if (found[0].cidr && found[0].cidr.family !== family) {
      report4(`names ${poolLabel(found[0])}, an IPv${found[0].cidr.family} pool, in the IPv${family} list.`);
    } else if (!found.some(isLoadBalancerPool)) {
      report4(`names ${poolLabel(found[0])}, which has no \`LoadBalancer\` in allowedUses: Calico assigns Service addresses only from LoadBalancer pools.`);
    } else if (found.every(isDisabled)) {
      report4(`names ${poolLabel(found[0])}, which is disabled.`);
    }
  }
}

// rules/ippool-cidr-overlap.ts
init_cidr();
init_text();
var ippoolCidrOverlap = {
  meta: {
    id: "ippool-cidr-overlap",
    description: "Pools of one cluster must not overlap each other (IPv4 and IPv6) or `reservedCidrs`; infra pools must not overlap `intranetCidrs`.",
    remediation: "Give each pool a range of its own, outside the reserved ranges (and, for infra pools, outside the intranet).",
    docsUrl: docsUrl("ippool-cidr-overlap"),
    defaultSeverity: "error",
    fixable: false,
    scope: "project",
    relevantText: /IPPool|Installation|calicoNetwork/
  },
  check(project, context) {
    const pools = distinctPools2(project.pools.pools);
    reportPoolOverlaps(pools, project, context);
    const reserved = parseRanges(context.config.reservedCidrs);
    const intranet = parseRanges(context.config.intranetCidrs);
    for (const pool of pools) {
      for (const range of reserved) {
        if (overlaps(pool.cidr, range)) {
          report(context, pool, `overlaps reserved range ${range.canonical} (\`reservedCidrs\`)`, "Move the pool out of it.");
        }
      }
      if (!pool.infra) continue;
      for (const range of intranet) {
        if (overlaps(pool.cidr, range)) {
          report(
            context,
            pool,
            `is an infra pool inside intranet range ${range.canonical} (\`intranetCidrs\`)`,
            "Infra pools take non-routable addresses (e.g. 100.64.0.0/10) so they never collide with routable ones: move it out."
          );
        }
      }
    }
  }
};
function distinctPools2(pools) {
  const seen = /* @__PURE__ */ new Set();
  const distinct = [];
  for (const pool of pools) {
    if (!pool.cidr) continue;
    if (pool.name !== void 0) {
      if (seen.has(pool.name)) continue;
      seen.add(pool.name);
    }
    distinct.push(pool);
  }
  return distinct;
}
function reportPoolOverlaps(pools, project, context) {
  const order = new Map(pools.map((pool, i) => [pool, i]));
  const sorted = [...pools].sort(
    (a, b) => a.cidr.family - b.cidr.family || compare2(a.cidr.first, b.cidr.first) || order.get(a) - order.get(b)
  );
  let furthest;
  for (const pool of sorted) {
    if (furthest && furthest.cidr.family === pool.cidr.family && pool.cidr.first <= furthest.cidr.last) {
      const [earlier, later] = order.get(furthest) < order.get(pool) ? [furthest, pool] : [pool, furthest];
      const cluster = context.config.clusters.length > 0 ? ` in cluster ${quote(project.name)}` : "";
      const overlap = (one, other) => overlapReport(context, one, other, cluster);
      context.report({ ...overlap(later, earlier), otherSide: overlap(earlier, later) });
    }
    if (!furthest || furthest.cidr.family !== pool.cidr.family || pool.cidr.last > furthest.cidr.last) furthest = pool;
  }
}
function overlapReport(context, pool, other, cluster) {
  return {
    resource: pool.definition.resource,
    path: cidrPath(pool),
    message: `${label(pool)} overlaps ${label(other)} at ${context.where({ resource: other.definition.resource, path: cidrPath(other) })}${cluster}. Both would hand out the same addresses; give each pool its own range.`,
    related: [{ resource: other.definition.resource, path: cidrPath(other), message: `${label(other)} is defined here` }]
  };
}
function report(context, pool, problem, fix, other) {
  context.report({
    resource: pool.definition.resource,
    path: cidrPath(pool),
    message: `${label(pool)} ${problem}. ${fix}`,
    ...other && {
      related: [{ resource: other.definition.resource, path: cidrPath(other), message: `${label(other)} is defined here` }]
    }
  });
}
function label(pool) {
  const kind = pool.definition.origin === "IPPool" ? "IPPool" : "Installation pool";
  return `${kind} ${quote(pool.name ?? "(unnamed)")} (${pool.cidr.canonical})`;
}
function cidrPath(pool) {
  return [...pool.definition.specPath, "cidr"];
}
function parseRanges(texts) {
  return texts.flatMap((text) => {
    const parsed = parseCidr(text);
    return parsed.ok ? [parsed.cidr] : [];
  });
}
function compare2(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/resources/pool-change.ts
init_cidr();
init_resource();
init_text();
var MIGRATE_POOLS_URL = "https://docs.tigera.io/calico/latest/networking/ipam/migrate-pools";
var MIGRATION_STEPS = `create a new pool, migrate the workloads to it, disable the old pool, then delete it (${MIGRATE_POOLS_URL})`;
function poolName(pool) {
  if (pool.name !== void 0) return pool.name;
  if (pool.definition.origin !== "Installation" || pool.cidr === void 0) return void 0;
  return pool.cidr.family === 4 ? "default-ipv4-ippool" : "default-ipv6-ippool";
}
function poolsByName(pools, origin) {
  const byName = /* @__PURE__ */ new Map();
  for (const pool of pools) {
    if (origin !== void 0 && pool.definition.origin !== origin) continue;
    const name = poolName(pool);
    if (name !== void 0 && !byName.has(name)) byName.set(name, pool);
  }
  return byName;
}
function effectiveBlockSize(pool) {
  const written2 = pool.definition.spec.blockSize;
  if (typeof written2 === "number" && written2 !== 0) return written2;
  if (written2 !== void 0 && written2 !== null && written2 !== 0) return void 0;
  if (pool.cidr === void 0) return void 0;
  return pool.cidr.family === 4 ? 26 : 122;
}
function effectiveAllowedUses(pool) {
  const written2 = pool.definition.spec.allowedUses;
  if (!Array.isArray(written2) || written2.length === 0) return ["Workload", "Tunnel"];
  return written2.map((use) => String(use));
}
function isDisabled2(pool) {
  const key = pool.definition.origin === "IPPool" ? "disabled" : "disableNewAllocations";
  return pool.definition.spec[key] === true;
}
function disabledPath(pool) {
  return [...pool.definition.specPath, pool.definition.origin === "IPPool" ? "disabled" : "disableNewAllocations"];
}
function poolLabel2(pool, name) {
  return `${pool.definition.origin === "IPPool" ? "IPPool" : "Installation pool"} ${quote(name)}`;
}
var SERVICE_POOL_ANNOTATIONS = ["projectcalico.org/ipv4pools", "projectcalico.org/ipv6pools"];
var CNI_POOLS = /"(ipv[46]_pools)"\s*:\s*\[([^\]]*)\]/g;
function poolRequests(resources) {
  const requests = [];
  for (const resource of resources) {
    for (const site of annotationSites(resource)) {
      if (site.kind === "controller") continue;
      for (const key of [CALICO_ANNOTATIONS.ipv4pools, CALICO_ANNOTATIONS.ipv6pools]) {
        const parsed = parseStringList(site.annotations[key]);
        if (!parsed.ok || parsed.items.length === 0) continue;
        const who = site.kind === "namespace" ? `namespace ${quote(resource.name ?? "")}` : `${resource.displayName}`;
        requests.push({ resource, path: [...site.path, key], entries: parsed.items, who, via: key });
      }
    }
    if (resource.kind === "Service" && isPlainObject(resource.metadata.annotations)) {
      for (const key of SERVICE_POOL_ANNOTATIONS) {
        const parsed = parseStringList(resource.metadata.annotations[key]);
        if (!parsed.ok || parsed.items.length === 0) continue;
        requests.push({ resource, path: ["metadata", "annotations", key], entries: parsed.items, who: resource.displayName, via: key });
      }
    }
    if (resource.kind === "ConfigMap" && isPlainObject(resource.object.data)) {
      for (const [key, value] of Object.entries(resource.object.data)) {
        if (typeof value !== "string") continue;
        for (const match of value.matchAll(CNI_POOLS)) {
          const entries = [...match[2].matchAll(/"([^"\\]*)"/g)].map((entry) => entry[1]);
          if (entries.length === 0) continue;
          requests.push({ resource, path: ["data", key], entries, who: `the CNI config in ${resource.displayName}`, via: match[1] });
        }
      }
    }
  }
  return requests;
}
function requestsPool(entry, name, cidr) {
  if (entry === name) return true;
  if (cidr === void 0 || !entry.includes("/")) return false;
  const parsed = parseCidr(entry);
  return parsed.ok && parsed.cidr.canonical === cidr.canonical;
}

// rules/ippool-allowed-uses-change.ts
init_text();
var ippoolAllowedUsesChange = {
  meta: {
    id: "ippool-allowed-uses-change",
    description: "A LoadBalancer pool must not change its `allowedUses` to Workload or Tunnel in place (compared with the base branch).",
    remediation: `Keep the LoadBalancer pool; for workloads, ${MIGRATION_STEPS}.`,
    docsUrl: docsUrl("ippool-allowed-uses-change"),
    defaultSeverity: "error",
    fixable: false,
    scope: "project",
    relevantText: /IPPool|Installation/,
    comparesBase: true
  },
  check(project, context) {
    if (project.base === void 0) return;
    const before = poolsByName(project.base.pools.pools);
    for (const [name, pool] of poolsByName(project.pools.pools)) {
      const old = before.get(name);
      if (old === void 0 || !effectiveAllowedUses(old).includes("LoadBalancer")) continue;
      const now = effectiveAllowedUses(pool);
      const added = now.filter((use) => use !== "LoadBalancer");
      if (added.length === 0) continue;
      const written2 = Array.isArray(pool.definition.spec.allowedUses) && pool.definition.spec.allowedUses.length > 0;
      context.report({
        resource: pool.definition.resource,
        path: [...pool.definition.specPath, "allowedUses"],
        message: `${poolLabel2(pool, name)}: allowedUses changes from [${list(effectiveAllowedUses(old))}] to [${list(now)}]${written2 ? "" : " (the default when the field is empty or missing)"} (base branch: ${context.where({ resource: old.definition.resource, path: [...old.definition.specPath, "allowedUses"] })}). Calico refuses to turn a LoadBalancer pool into a Workload or Tunnel pool ("IPPool allowed use cannot be changed from LoadBalacer to Workload or Tunnel"). Keep this pool for LoadBalancer addresses; for workloads, ${MIGRATION_STEPS}.`
      });
    }
  }
};
function list(uses) {
  return uses.map((use) => echo(use, 40)).join(", ");
}

// src/net/calico-cidr.ts
init_cidr();
var MAPPED_PREFIX = 0xffffn << 32n;
var IPV4_SPAN = 1n << 32n;
function parseCalicoCidr(text) {
  const parsed = parseCidr(text);
  if (!parsed.ok) return parsed;
  const mapped = toIPv4IfMapped(parsed.cidr);
  return mapped ? { ...parsed, cidr: mapped, mapped: true } : { ...parsed, mapped: false };
}
function toIPv4IfMapped(cidr) {
  if (cidr.family !== 6 || cidr.prefixLength < 96) return void 0;
  if (cidr.first < MAPPED_PREFIX || cidr.first >= MAPPED_PREFIX + IPV4_SPAN) return void 0;
  const first = cidr.first - MAPPED_PREFIX;
  const last = cidr.last - MAPPED_PREFIX;
  const prefixLength = cidr.prefixLength - 96;
  const n = Number(first);
  const address = `${n >>> 24 & 255}.${n >>> 16 & 255}.${n >>> 8 & 255}.${n & 255}`;
  return { family: 4, prefixLength, first, last, canonical: `${address}/${prefixLength}` };
}

// rules/ippool-dedicated-auto-assign.ts
init_parse_manifest();

// src/selector/parser.ts
init_text();

// src/selector/tokenizer.ts
init_text();
var MAX_LABEL_LENGTH = 512;
var NEWLINE_MESSAGE = "a newline is not allowed in a selector";
var PUNCTUATION = /* @__PURE__ */ new Set(["(", ")", "{", "}", ","]);
var OPERATOR_WORDS = [
  ["contains", ["contains"]],
  ["starts with", ["starts", "with"]],
  ["ends with", ["ends", "with"]],
  ["not in", ["not", "in"]],
  ["in", ["in"]]
];
var OPERATOR_LIST = "==, !=, in, not in, contains, starts with or ends with";
function tokenize(text) {
  const tokens = [];
  let position = 0;
  for (; ; ) {
    position = skipBlanks(text, position);
    if (position >= text.length) {
      tokens.push({ kind: "end", start: text.length, end: text.length, value: "" });
      return { ok: true, tokens };
    }
    const next = readToken(text, position, tokens.at(-1));
    if ("message" in next) return { ok: false, error: next };
    tokens.push(next);
    position = next.end;
  }
}
function skipBlanks(text, position) {
  while (text[position] === " " || text[position] === "	") position++;
  return position;
}
function isLabelChar(code) {
  return code >= 97 && code <= 122 || // a-z
  code >= 65 && code <= 90 || // A-Z
  code >= 48 && code <= 57 || // 0-9
  code === 95 || code === 46 || code === 47 || code === 45;
}
function readToken(text, start, previous) {
  const char = text[start];
  if (PUNCTUATION.has(char)) return token(char, start, start + 1);
  switch (char) {
    case '"':
    case "'": {
      const close = text.indexOf(char, start + 1);
      if (close === -1) return { message: `unterminated string: the ${char} opened here is never closed`, offset: start };
      return token("string", start, close + 1, text.slice(start + 1, close));
    }
    case "=":
      return text.startsWith("==", start) ? token("==", start, start + 2) : { message: "expected == but found a single =", offset: start };
    case "!":
      return text.startsWith("!=", start) ? token("!=", start, start + 2) : token("!", start, start + 1);
    case "&":
      return text.startsWith("&&", start) ? token("&&", start, start + 2) : { message: "expected && but found a single &", offset: start };
    case "|":
      return text.startsWith("||", start) ? token("||", start, start + 2) : { message: "expected || but found a single |", offset: start };
  }
  if (previous?.kind === "label") return readOperatorWord(text, start, previous.value);
  if (text.startsWith("has(", start)) return readHas(text, start);
  if (text.startsWith("all(", start)) return readEmptyCall(text, start, "all");
  if (text.startsWith("global(", start)) return readEmptyCall(text, start, "global");
  return readLabel(text, start);
}
function readOperatorWord(text, start, label3) {
  for (const [kind, words] of OPERATOR_WORDS) {
    const end = matchWords(text, start, words);
    if (end !== void 0) return token(kind, start, end);
  }
  return unexpected(text, start, `expected an operator after label ${quote(label3)}: ${OPERATOR_LIST}`);
}
function matchWords(text, start, words) {
  let position = start;
  let end = start;
  for (const word of words) {
    if (!text.startsWith(word, position)) return void 0;
    end = position + word.length;
    position = words.length > 1 ? skipBlanks(text, end) : end;
  }
  return isWordBoundary(text, position) ? end : void 0;
}
function isWordBoundary(text, position) {
  return position >= text.length || !isLabelChar(text.charCodeAt(position));
}
function readHas(text, start) {
  const nameStart = skipBlanks(text, start + "has(".length);
  const nameEnd = labelEnd(text, nameStart);
  if (nameEnd === nameStart) return unexpected(text, nameStart, "expected a label name after has(");
  if (nameEnd - nameStart > MAX_LABEL_LENGTH) return labelTooLong(text, nameStart, nameEnd);
  const close = skipBlanks(text, nameEnd);
  if (text[close] !== ")") return unexpected(text, close, "expected ) after the label name in has(");
  return token("has", start, close + 1, text.slice(nameStart, nameEnd));
}
function readEmptyCall(text, start, name) {
  const close = skipBlanks(text, start + name.length + 1);
  if (text[close] !== ")") return unexpected(text, close, `expected ) after ${name}(`);
  return token(name, start, close + 1);
}
function readLabel(text, start) {
  const end = labelEnd(text, start);
  if (end === start) {
    const char = String.fromCodePoint(text.codePointAt(start));
    return unexpected(text, start, `unexpected character ${quote(char)}`);
  }
  if (end - start > MAX_LABEL_LENGTH) return labelTooLong(text, start, end);
  return token("label", start, end, text.slice(start, end));
}
function labelEnd(text, position) {
  while (position < text.length && isLabelChar(text.charCodeAt(position))) position++;
  return position;
}
function labelTooLong(text, start, end) {
  return { message: `label name ${quote(text.slice(start, end), 40)} is longer than ${MAX_LABEL_LENGTH} characters`, offset: start };
}
function unexpected(text, offset, message2) {
  const char = text[offset];
  return { message: char === "\n" || char === "\r" ? NEWLINE_MESSAGE : message2, offset };
}
function token(kind, start, end, value = "") {
  return { kind, start, end, value };
}

// src/selector/parser.ts
var MAX_SELECTOR_LENGTH = 16384;
var MAX_NESTING = 256;
var VALUE_OPERATORS = {
  "==": "equals",
  "!=": "notEquals",
  contains: "contains",
  "starts with": "startsWith",
  "ends with": "endsWith"
};
var EXPECTED_OPERAND = "a label, has(label), all(), global(), ! or (";
var OPERATOR_LIST2 = "==, !=, in, not in, contains, starts with or ends with";
function parseSelector(text) {
  if (typeof text !== "string") return { ok: false, error: { message: "a selector must be a string", offset: 0 } };
  if (text.length > MAX_SELECTOR_LENGTH) return { ok: false, error: tooLongError(text) };
  const tokenized = tokenize(text);
  if (!tokenized.ok) return tokenized;
  const { tokens } = tokenized;
  if (tokens[0].kind === "end") return { ok: true, selector: { type: "all" } };
  try {
    const cursor = new Cursor(text, tokens);
    const selector = parseOr(cursor, 0);
    const next = cursor.peek();
    if (next.kind !== "end") {
      cursor.fail(next.kind === ")" ? "unexpected ) without a matching (" : `expected && or || but found ${cursor.describe(next)}`, next.start);
    }
    return { ok: true, selector };
  } catch (error2) {
    if (error2 instanceof ParseFailure) return { ok: false, error: error2.error };
    throw error2;
  }
}
function tooLongError(text) {
  return {
    message: `${text.length.toLocaleString("en-US")} characters long, more than the ${MAX_SELECTOR_LENGTH.toLocaleString("en-US")} calico-lint reads (Calico v3.33+ refuses more than 1,024)`,
    offset: MAX_SELECTOR_LENGTH,
    // Older Calico reads it: the limit is ours (ippool-valid applies Calico's own from v3.33).
    limit: true
  };
}
var ParseFailure = class extends Error {
  constructor(error2) {
    super(error2.message);
    this.error = error2;
  }
  error;
};
var Cursor = class {
  constructor(text, tokens) {
    this.text = text;
    this.tokens = tokens;
  }
  text;
  tokens;
  index = 0;
  peek() {
    return this.tokens[this.index];
  }
  /** The current token, moving past it (never past the final `end` token). */
  take() {
    const current = this.tokens[this.index];
    if (current.kind !== "end") this.index++;
    return current;
  }
  describe(token2) {
    return token2.kind === "end" ? "the end of the selector" : quote(this.text.slice(token2.start, token2.end));
  }
  fail(message2, offset, limit = false) {
    throw new ParseFailure(limit ? { message: message2, offset, limit } : { message: message2, offset });
  }
};
function parseOr(cursor, depth) {
  const operands = [parseAnd(cursor, depth)];
  while (cursor.peek().kind === "||") {
    cursor.take();
    operands.push(parseAnd(cursor, depth));
  }
  return operands.length === 1 ? operands[0] : { type: "or", operands };
}
function parseAnd(cursor, depth) {
  const operands = [parseOperation(cursor, depth)];
  while (cursor.peek().kind === "&&") {
    cursor.take();
    operands.push(parseOperation(cursor, depth));
  }
  return operands.length === 1 ? operands[0] : { type: "and", operands };
}
function parseOperation(cursor, depth) {
  let negated = false;
  while (cursor.peek().kind === "!") {
    cursor.take();
    negated = !negated;
  }
  const operation = parsePositiveOperation(cursor, depth);
  return negated ? { type: "not", operand: operation } : operation;
}
function parsePositiveOperation(cursor, depth) {
  const token2 = cursor.take();
  switch (token2.kind) {
    case "all":
      return { type: "all" };
    case "global":
      return { type: "global" };
    case "has":
      return { type: "has", label: token2.value };
    case "label":
      return parseComparison(cursor, token2.value);
    case "(":
      return parseParenthesised(cursor, token2, depth);
    case "end":
      return cursor.fail(`unexpected end of selector: expected ${EXPECTED_OPERAND}`, token2.start);
    default:
      return cursor.fail(`expected ${EXPECTED_OPERAND} but found ${cursor.describe(token2)}`, token2.start);
  }
}
function parseParenthesised(cursor, open3, depth) {
  if (depth >= MAX_NESTING) cursor.fail(`selector nested more than ${MAX_NESTING} parentheses deep`, open3.start, true);
  const inner = parseOr(cursor, depth + 1);
  const close = cursor.take();
  if (close.kind === "end") cursor.fail("unclosed parenthesis", open3.start);
  if (close.kind !== ")") cursor.fail(`expected &&, || or ) but found ${cursor.describe(close)}`, close.start);
  return inner;
}
function parseComparison(cursor, label3) {
  const operator = cursor.take();
  const valueOperator = VALUE_OPERATORS[operator.kind];
  if (valueOperator !== void 0) {
    const value = cursor.take();
    if (value.kind !== "string") cursor.fail(`expected a quoted string after ${operator.kind}`, value.start);
    return { type: valueOperator, label: label3, value: value.value };
  }
  if (operator.kind === "in" || operator.kind === "not in") {
    return { type: operator.kind === "in" ? "in" : "notIn", label: label3, values: parseSet(cursor, operator.kind) };
  }
  return cursor.fail(`expected an operator after label ${quote(label3)}: ${OPERATOR_LIST2}`, operator.start);
}
function parseSet(cursor, operator) {
  const open3 = cursor.take();
  if (open3.kind !== "{") cursor.fail(`expected a set like {"a", "b"} after ${operator}`, open3.start);
  const values = [];
  let afterValue = false;
  for (; ; ) {
    const next = cursor.take();
    if (next.kind === "}") break;
    if (next.kind === "end") cursor.fail("unclosed set: expected }", open3.start);
    if (!afterValue && next.kind === "string") {
      values.push(next.value);
      afterValue = true;
    } else if (afterValue && next.kind === ",") {
      afterValue = false;
    } else {
      cursor.fail(
        afterValue ? `expected , or } after a set value but found ${cursor.describe(next)}` : `expected a quoted string or } in the set but found ${cursor.describe(next)}`,
        next.start
      );
    }
  }
  return sortedUnique(values);
}
function sortedUnique(values) {
  const sorted = [...new Set(values)].sort(compareCodePoints);
  return sorted;
}
function compareCodePoints(a, b) {
  const left = a[Symbol.iterator]();
  const right = b[Symbol.iterator]();
  for (; ; ) {
    const x = left.next();
    const y = right.next();
    if (x.done || y.done) return x.done && y.done ? 0 : x.done ? -1 : 1;
    const difference = x.value.codePointAt(0) - y.value.codePointAt(0);
    if (difference !== 0) return difference;
  }
}

// src/selector/evaluate.ts
function matches(selector, labels) {
  switch (selector.type) {
    case "all":
    case "global":
      return true;
    case "not":
      return !matches(selector.operand, labels);
    case "and":
      return selector.operands.every((operand) => matches(operand, labels));
    case "or":
      return selector.operands.some((operand) => matches(operand, labels));
    default:
      return testLabel(selector, Object.hasOwn(labels, selector.label) ? labels[selector.label] : void 0);
  }
}
function testLabel(test, value) {
  if (value === void 0) return test.type === "notEquals" || test.type === "notIn";
  switch (test.type) {
    case "has":
      return true;
    case "equals":
      return value === test.value;
    case "notEquals":
      return value !== test.value;
    case "contains":
      return value.includes(test.value);
    case "startsWith":
      return value.startsWith(test.value);
    case "endsWith":
      return value.endsWith(test.value);
    case "in":
      return test.values.includes(value);
    case "notIn":
      return !test.values.includes(value);
  }
}
function usesGlobal(selector) {
  return someNode(selector, (node2) => node2.type === "global");
}
function* nodesOf(selector) {
  const stack = [selector];
  while (stack.length > 0) {
    const node2 = stack.pop();
    yield node2;
    if (node2.type === "not") stack.push(node2.operand);
    else if (node2.type === "and" || node2.type === "or") for (let i = node2.operands.length - 1; i >= 0; i--) stack.push(node2.operands[i]);
  }
}
function someNode(selector, predicate) {
  for (const node2 of nodesOf(selector)) if (predicate(node2)) return true;
  return false;
}

// src/selector/satisfiability.ts
var DEFAULT_BUDGET = 1e6;
function findMatchingLabels(selector, options = {}) {
  const meter = new Meter(options.budget ?? DEFAULT_BUDGET);
  try {
    const context = { meter, separator: freshSeparator(selector, meter) };
    const root = settle({ constraints: /* @__PURE__ */ new Map(), choices: [] }, [{ node: selector, negated: false }], context);
    if (root === void 0) return null;
    const values = /* @__PURE__ */ new Map();
    for (const [label3, state] of root.branch.constraints) values.set(label3, state.value);
    for (const component of independentParts(root.branch, meter)) {
      const solved = solve(component, context);
      if (solved === void 0) return null;
      for (const [label3, state] of solved) values.set(label3, state.value);
    }
    const labels = Object.fromEntries([...values].filter((entry) => entry[1] !== void 0));
    return matches(selector, labels) ? labels : "unknown";
  } catch (error2) {
    if (error2 instanceof BudgetExceeded) return "unknown";
    throw error2;
  }
}
var BudgetExceeded = class extends Error {
};
var Meter = class {
  constructor(remaining) {
    this.remaining = remaining;
  }
  remaining;
  spend(units) {
    this.remaining -= units;
    if (this.remaining < 0) throw new BudgetExceeded("selector analysis budget exceeded");
  }
};
function settle(base, goals, context) {
  const { meter } = context;
  meter.spend(1 + base.constraints.size + base.choices.length);
  const constraints = new Map(base.constraints);
  const owned = /* @__PURE__ */ new Set();
  const choices = [...base.choices];
  const pending = [...goals];
  let changed = false;
  while (pending.length > 0) {
    const goal = pending.pop();
    const { node: node2, negated } = goal;
    meter.spend(1);
    switch (node2.type) {
      case "all":
      case "global":
        if (negated) return void 0;
        break;
      case "not":
        pending.push({ node: node2.operand, negated: !negated });
        break;
      case "and":
      case "or":
        if (node2.type === "and" !== negated) {
          meter.spend(node2.operands.length);
          for (const operand of node2.operands) pending.push({ node: operand, negated });
        } else {
          choices.push(goal);
          changed = true;
        }
        break;
      default: {
        const outcome = constrain(constraints, owned, { test: node2, expected: !negated }, context);
        if (outcome === "impossible") return void 0;
        if (outcome === "added") changed = true;
      }
    }
  }
  return { branch: { constraints, choices }, changed };
}
function constrain(constraints, owned, literal, context) {
  const { label: label3 } = literal.test;
  const key = literalKey(literal);
  context.meter.spend(1 + (key.length >> 10));
  const state = constraints.get(label3);
  if (state?.keys.has(key)) return "known";
  let value;
  if (state !== void 0 && testLabel(literal.test, state.value) === literal.expected) {
    value = state.value;
  } else {
    const found = satisfyingValue([...state?.literals ?? [], literal], context);
    if (found === void 0) return "impossible";
    value = found.value;
  }
  let mine = state;
  if (mine === void 0 || !owned.has(mine)) {
    context.meter.spend(1 + (state?.literals.length ?? 0));
    mine = { literals: [...state?.literals ?? []], keys: new Set(state?.keys), value };
    owned.add(mine);
    constraints.set(label3, mine);
  }
  mine.literals.push(literal);
  mine.keys.add(key);
  mine.value = value;
  return "added";
}
function solve(start, context) {
  const stack = [start];
  while (stack.length > 0) {
    const next = narrow(stack.pop(), context);
    if (next === "dead") continue;
    if (!Array.isArray(next)) return next.constraints;
    for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]);
  }
  return void 0;
}
function narrow(branch, context) {
  for (; ; ) {
    if (branch.choices.length === 0) return branch;
    let fewest;
    let simplified;
    for (let index = 0; index < branch.choices.length && simplified === void 0; index++) {
      const rest = { constraints: branch.constraints, choices: branch.choices.filter((_, i) => i !== index) };
      const options = optionsOf(branch.choices[index], rest, context);
      if (options === "implied") simplified = rest;
      else if (options.length === 0) return "dead";
      else if (options.length === 1) simplified = options[0];
      else if (fewest === void 0 || options.length < fewest.length) fewest = options;
    }
    if (simplified === void 0) return fewest;
    branch = simplified;
  }
}
function optionsOf(choice, rest, context) {
  const { node: node2, negated } = choice;
  if (node2.type !== "and" && node2.type !== "or") throw new Error(`not a choice: ${node2.type}`);
  const options = [];
  for (const operand of node2.operands) {
    const settled = settle(rest, [{ node: operand, negated }], context);
    if (settled === void 0) continue;
    if (!settled.changed) return "implied";
    options.push(settled.branch);
  }
  return options;
}
function independentParts(branch, meter) {
  const parent = /* @__PURE__ */ new Map();
  const find = (label3) => {
    let root = label3;
    while (parent.get(root) !== root) root = parent.get(root);
    parent.set(label3, root);
    return root;
  };
  const choiceLabels = branch.choices.map((choice) => labelsOf(choice.node, meter));
  for (const labels of choiceLabels) {
    for (const label3 of labels) if (!parent.has(label3)) parent.set(label3, label3);
    for (const label3 of labels.slice(1)) parent.set(find(label3), find(labels[0]));
  }
  const parts = /* @__PURE__ */ new Map();
  const partOf = (key) => {
    const part = parts.get(key) ?? { constraints: /* @__PURE__ */ new Map(), choices: [] };
    parts.set(key, part);
    return part;
  };
  branch.choices.forEach((choice, index) => {
    const first = choiceLabels[index][0];
    partOf(first === void 0 ? `#${index}` : `=${find(first)}`).choices.push(choice);
  });
  for (const [label3, state] of branch.constraints) {
    if (parent.has(label3)) partOf(`=${find(label3)}`).constraints.set(label3, state);
  }
  return [...parts.values()].sort((a, b) => a.choices.length - b.choices.length);
}
function labelsOf(selector, meter) {
  const labels = /* @__PURE__ */ new Set();
  for (const node2 of nodesOf(selector)) {
    meter.spend(1);
    if ("label" in node2) labels.add(node2.label);
  }
  return [...labels];
}
function satisfyingValue(literals, context) {
  const { meter } = context;
  meter.spend(literals.length);
  const meetsAll = (value) => {
    meter.spend(literals.length + (value === void 0 ? 0 : value.length >> 10));
    return literals.every((literal) => testLabel(literal.test, value) === literal.expected);
  };
  if (meetsAll(void 0)) return { value: void 0 };
  const pinned = pinnedValues(literals);
  if (pinned !== void 0) {
    const value = pinned.find(meetsAll);
    return value === void 0 ? void 0 : { value };
  }
  const witness = stringWitness(literals, context.separator);
  return witness !== void 0 && meetsAll(witness) ? { value: witness } : void 0;
}
function pinnedValues(literals) {
  let smallest;
  for (const { test, expected } of literals) {
    let pinned;
    if (test.type === "equals" && expected || test.type === "notEquals" && !expected) pinned = [test.value];
    if (test.type === "in" && expected || test.type === "notIn" && !expected) pinned = test.values;
    if (pinned !== void 0 && (smallest === void 0 || pinned.length < smallest.length)) smallest = pinned;
  }
  return smallest;
}
function stringWitness(literals, separator) {
  const required2 = (type) => literals.flatMap(({ test, expected }) => expected && test.type === type ? [test.value] : []);
  const prefix = longestNested(required2("startsWith"), (long, short) => long.startsWith(short));
  const suffix = longestNested(required2("endsWith"), (long, short) => long.endsWith(short));
  if (prefix === void 0 || suffix === void 0) return void 0;
  return [prefix, ...required2("contains"), suffix].join(separator);
}
function longestNested(values, extends_) {
  const longest = values.reduce((a, b) => b.length > a.length ? b : a, "");
  return values.every((value) => extends_(longest, value)) ? longest : void 0;
}
function literalKey({ test, expected }) {
  const operand = "values" in test ? test.values : "value" in test ? test.value : "";
  return `${expected ? "+" : "-"}${test.type}:${JSON.stringify(operand)}`;
}
function freshSeparator(selector, meter) {
  const used = /* @__PURE__ */ new Set();
  for (const node2 of nodesOf(selector)) {
    const values = "values" in node2 ? node2.values : "value" in node2 ? [node2.value] : [];
    for (const value of values) {
      meter.spend(1 + (value.length >> 10));
      for (let i = 0; i < value.length; i++) used.add(value.charCodeAt(i));
    }
  }
  for (const code of separatorCandidates()) if (!used.has(code)) return String.fromCharCode(code);
  throw new Error("unreachable: a selector cannot use every UTF-16 code unit");
}
function* separatorCandidates() {
  yield 35;
  for (let code = 57344; code <= 65533; code++) yield code;
  for (let code = 33; code < 55296; code++) yield code;
}

// rules/ippool-dedicated-auto-assign.ts
init_text();
var ippoolDedicatedAutoAssign = {
  meta: {
    id: "ippool-dedicated-auto-assign",
    description: "A pool that pods request by annotation must not also be assigned automatically to every other pod.",
    remediation: 'Set `nodeSelector: "!all()"` (quoted) or `assignmentMode: Manual` on the requested pool, or list it in `infraPools`.',
    docsUrl: docsUrl("ippool-dedicated-auto-assign"),
    defaultSeverity: "warn",
    fixable: false,
    scope: "project",
    // The annotations that request a pool, and the pools.
    relevantText: /projectcalico\.org|IPPool|Installation/
  },
  check(scope, context) {
    const infra = new Set(context.config.infraPools.map((pool) => pool.name));
    const requests = /* @__PURE__ */ new Map();
    for (const resource of scope.resources) {
      for (const site of annotationSites(resource)) {
        if (site.kind === "controller") continue;
        for (const key of [CALICO_ANNOTATIONS.ipv4pools, CALICO_ANNOTATIONS.ipv6pools]) {
          const parsed = parseStringList(site.annotations[key]);
          if (!parsed.ok) continue;
          for (const entry of parsed.items) {
            for (const pool of requested(scope.pools, entry)) {
              if (!requests.has(pool)) requests.set(pool, { resource, path: [...site.path, key] });
            }
          }
        }
      }
    }
    for (const [pool, request] of requests) {
      if (pool.name !== void 0 && infra.has(pool.name)) continue;
      if (meantForEveryone(pool)) continue;
      const automatic = automaticUse(pool);
      if (!automatic) continue;
      const others = scope.pools.pools.filter((other) => other !== pool && other.cidr && pool.cidr && other.cidr.family === pool.cidr.family && other.name !== pool.name && automaticUse(other) !== void 0);
      if (others.length === 0) continue;
      const definition = pool.definition;
      const selectorPath = [...definition.specPath, "nodeSelector"];
      const at2 = definition.resource.has(selectorPath) ? selectorPath : definition.namePath;
      context.report({
        resource: definition.resource,
        path: at2,
        message: `Pool ${quote(pool.name ?? pool.cidr?.canonical)} is requested by annotation (${context.where(request)}), so it looks dedicated to those pods, but IPAM also assigns it automatically to other pods: ${automatic}, and its assignmentMode is not Manual. Set \`nodeSelector: "!all()"\` (quoted) or \`assignmentMode: Manual\`, or list it in \`infraPools\` to state the policy.`,
        related: [{ ...request, message: "the annotation that requests it" }]
      });
    }
  }
};
function meantForEveryone(pool) {
  if (pool.name === "default-ipv4-ippool" || pool.name === "default-ipv6-ippool") return true;
  const selector = pool.definition.spec.nodeSelector;
  return typeof selector === "string" && selector.trim() === "all()";
}
function requested(pools, entry) {
  if (entry.includes("/")) {
    const parsed = parseCalicoCidr(entry);
    return parsed.ok ? pools.byCidr(parsed.cidr) : [];
  }
  return pools.byName(entry);
}
function automaticUse(pool) {
  const { spec, origin, specPath, resource } = pool.definition;
  if (spec.assignmentMode === "Manual") return void 0;
  if (origin === "Installation" ? spec.disableNewAllocations === true : spec.disabled === true) return void 0;
  const uses = spec.allowedUses;
  if (Array.isArray(uses) && uses.length > 0 && !uses.includes("Workload")) return void 0;
  const nodePath = [...resource.path, ...specPath, "nodeSelector"];
  if (unresolvedTagsIn(resource.doc, nodePath).some((tag) => tag.path.length === nodePath.length)) return void 0;
  const nodes = selectorReach(spec.nodeSelector, "nodeSelector", "every node");
  if (nodes === void 0) return void 0;
  if (origin === "IPPool") {
    const namespaces = selectorReach(spec.namespaceSelector, "namespaceSelector", "");
    if (namespaces === void 0) return void 0;
    if (namespaces !== "") return `${nodes}, and ${namespaces}`;
  }
  return nodes;
}
function selectorReach(selector, field, all) {
  if (selector === void 0 || selector === null || selector === "") return all === "" ? "" : `it has no ${field} (${all})`;
  if (typeof selector !== "string") return void 0;
  const parsed = parseSelector(selector);
  if (!parsed.ok) return void 0;
  const example = findMatchingLabels(parsed.selector);
  if (example === null || example === "unknown") return void 0;
  return `its ${field} ${quote(selector)} can match`;
}

// rules/ippool-duplicate-name.ts
import { isDeepStrictEqual } from "node:util";
init_resource();
init_text();
var ippoolDuplicateName = {
  meta: {
    id: "ippool-duplicate-name",
    description: "Two different pool definitions in one cluster must not share a name.",
    remediation: "Rename one of the pools, or keep a single definition.",
    docsUrl: docsUrl("ippool-duplicate-name"),
    defaultSeverity: "error",
    fixable: false,
    scope: "project",
    relevantText: /IPPool|Installation|calicoNetwork/
  },
  check(project, context) {
    const byName = /* @__PURE__ */ new Map();
    for (const pool of project.pools.pools) {
      if (pool.name === void 0) continue;
      const list2 = byName.get(pool.name) ?? [];
      list2.push(pool);
      byName.set(pool.name, list2);
    }
    for (const [name, [first, ...others]] of byName) {
      if (!first) continue;
      const firstAt = context.where({ resource: first.definition.resource, path: first.definition.namePath });
      for (const other of others) {
        const found = conflict(first, other);
        if (!found) continue;
        const { problem, fix } = found;
        const otherAt = context.where({ resource: other.definition.resource, path: other.definition.namePath });
        const generated = [first, other].find((pool) => pool.generatedName);
        const named = generated ? ` (the name the operator gives the unnamed Installation pool ${generated.cidr?.canonical ?? ""})`.replace(" )", ")") : "";
        context.report({
          resource: other.definition.resource,
          path: other.definition.namePath,
          message: `Pool ${quote(name)}${named} is already defined at ${firstAt}; ${problem}. ${fix}`,
          related: [{ resource: first.definition.resource, path: first.definition.namePath, message: `pool ${quote(name)} is first defined here` }],
          // With --base, the engine reports the side the change touched: told from the first definition.
          otherSide: {
            resource: first.definition.resource,
            path: first.definition.namePath,
            message: `Pool ${quote(name)}${named} is also defined at ${otherAt}; ${problem}. ${fix}`,
            related: [{ resource: other.definition.resource, path: other.definition.namePath, message: `pool ${quote(name)} is also defined here` }]
          }
        });
      }
    }
  }
};
var RENAME = "Rename one of the pools, or keep a single definition.";
var LET_THE_OPERATOR = "Make the IPPool identical to the Installation pool, or delete it and let the operator create the pool.";
function conflict(first, other) {
  if (first.definition.origin !== other.definition.origin) {
    const [installation, ippool] = first.definition.origin === "Installation" ? [first, other] : [other, first];
    const problem = operatorConflict(installation, ippool);
    return problem === void 0 ? void 0 : { problem, fix: LET_THE_OPERATOR };
  }
  const a = first.definition.spec;
  const b = other.definition.spec;
  const differing = [.../* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => !sameValue(a[key], b[key]));
  if (differing.length === 0) return void 0;
  const shown2 = differing.slice(0, MAX_KEYS_SHOWN).map((key) => `\`${echo(key, 40)}\``);
  if (differing.length > MAX_KEYS_SHOWN) shown2.push(`${differing.length - MAX_KEYS_SHOWN} more`);
  return { problem: `this definition differs in ${shown2.join(", ")}, and whichever is applied last wins`, fix: RENAME };
}
var MAX_KEYS_SHOWN = 8;
function operatorConflict(installation, ippool) {
  const desired = installationPoolAsOperatorSees(installation);
  const existing = ippoolAsOperatorSees(ippool);
  if (!desired || !existing) return "the operator creates an IPPool for each Installation pool, and a separate IPPool of the same name fights it";
  if (desired.cidr !== existing.cidr) {
    return `the operator writes its own IPPool of this name with CIDR ${desired.cidr}, and this one has ${existing.cidr}: whichever is applied last wins, and Calico refuses to change the CIDR of an existing pool`;
  }
  const differing = OPERATOR_FIELDS.filter((field) => !sameValue(desired[field], existing[field]));
  if (differing.length === 0) return void 0;
  const shown2 = differing.map((field) => `${OPERATOR_FIELD_LABELS[field]} (${show(existing[field])} here, ${show(desired[field])} in the Installation)`);
  return `the operator takes over an existing IPPool only when it is identical to the Installation pool, and this one differs in ${shown2.join(", ")}; so the operator refuses to update it ("Cannot update an IP pool not owned by the operator") and reports itself degraded`;
}
function show(value) {
  return Array.isArray(value) ? `[${value.map((item) => echo(String(item), 20)).join(", ")}]` : echo(String(value), 40);
}
var OPERATOR_FIELDS = ["encapsulation", "natOutgoing", "nodeSelector", "blockSize", "disableBGPExport", "disableNewAllocations", "allowedUses", "assignmentMode"];
var OPERATOR_FIELD_LABELS = {
  encapsulation: "encapsulation",
  natOutgoing: "natOutgoing",
  nodeSelector: "nodeSelector",
  blockSize: "blockSize",
  disableBGPExport: "disableBGPExport",
  disableNewAllocations: "disabled / disableNewAllocations",
  allowedUses: "allowedUses",
  assignmentMode: "assignmentMode"
};
function orDefault(value, fallback) {
  return value === void 0 || value === null || value === "" ? fallback : value;
}
function installationPoolAsOperatorSees(pool) {
  if (!pool.cidr) return void 0;
  const spec = pool.definition.spec;
  const v4 = pool.cidr.family === 4;
  const cni = getIn(pool.definition.resource.object, ["spec", "cni", "type"]);
  const calicoCni = cni === void 0 || cni === null || cni === "Calico";
  const uses = Array.isArray(spec.allowedUses) && spec.allowedUses.length > 0 ? spec.allowedUses : ["Workload", "Tunnel"];
  return {
    cidr: pool.cidr.canonical,
    encapsulation: orDefault(spec.encapsulation, v4 && calicoCni ? "IPIP" : "None"),
    natOutgoing: orDefault(spec.natOutgoing, v4 ? "Enabled" : "Disabled"),
    nodeSelector: orDefault(spec.nodeSelector, "all()"),
    blockSize: orDefault(spec.blockSize, v4 ? 26 : 122),
    disableBGPExport: orDefault(spec.disableBGPExport, false),
    disableNewAllocations: orDefault(spec.disableNewAllocations, false),
    allowedUses: uses,
    assignmentMode: orDefault(spec.assignmentMode, "Automatic")
  };
}
function ippoolAsOperatorSees(pool) {
  if (!pool.cidr) return void 0;
  const spec = pool.definition.spec;
  const v4 = pool.cidr.family === 4;
  const encapsulation = spec.vxlanMode === "Always" ? "VXLAN" : spec.vxlanMode === "CrossSubnet" ? "VXLANCrossSubnet" : spec.ipipMode === "Always" ? "IPIP" : spec.ipipMode === "CrossSubnet" ? "IPIPCrossSubnet" : "None";
  const uses = Array.isArray(spec.allowedUses) && spec.allowedUses.length > 0 ? spec.allowedUses : ["Workload", "Tunnel"];
  return {
    cidr: pool.cidr.canonical,
    encapsulation,
    natOutgoing: spec.natOutgoing === true ? "Enabled" : "Disabled",
    nodeSelector: orDefault(spec.nodeSelector, "all()"),
    blockSize: orDefault(spec.blockSize === 0 ? void 0 : spec.blockSize, v4 ? 26 : 122),
    disableBGPExport: spec.disableBGPExport === true,
    disableNewAllocations: spec.disabled === true,
    allowedUses: uses,
    assignmentMode: orDefault(spec.assignmentMode, "Automatic")
  };
}
function sameValue(left, right) {
  const pending = [[left, right]];
  while (pending.length > 0) {
    const [a, b] = pending.pop();
    if (Object.is(a, b)) continue;
    if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    if (!Array.isArray(a) && !Array.isArray(b) && (!isPlainObject2(a) || !isPlainObject2(b))) {
      if (!isDeepStrictEqual(a, b)) return false;
      continue;
    }
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    if (keysA.length !== keysB.length) return false;
    for (const key of keysA) {
      if (!Object.hasOwn(b, key)) return false;
      pending.push([a[key], b[key]]);
    }
  }
  return true;
}
function isPlainObject2(value) {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

// rules/ippool-env-change.ts
init_resource();
init_text();
var WATCHED = ["CALICO_IPV4POOL_CIDR", "CALICO_IPV6POOL_CIDR", "CALICO_IPV4POOL_BLOCK_SIZE", "CALICO_IPV6POOL_BLOCK_SIZE"];
var ippoolEnvChange = {
  meta: {
    id: "ippool-env-change",
    description: "An edit of calico-node's `CALICO_IPV4POOL_CIDR`, `CALICO_IPV6POOL_CIDR` or `*_BLOCK_SIZE` (compared with the base branch) does nothing once pools exist.",
    remediation: `Revert the variable; to move pods to new addresses, create an IPPool and follow ${MIGRATE_POOLS_URL}.`,
    docsUrl: docsUrl("ippool-env-change"),
    defaultSeverity: "warn",
    fixable: false,
    scope: "project",
    relevantText: /CALICO_IPV[46]POOL_/,
    comparesBase: true
  },
  check(project, context) {
    if (project.base === void 0) return;
    const before = /* @__PURE__ */ new Map();
    for (const resource of project.base.resources) {
      if (resource.podTemplates.length > 0) before.set(identity(resource), resource);
    }
    for (const resource of project.resources) {
      const old = before.get(identity(resource));
      if (old === void 0 || resource.podTemplates.length === 0) continue;
      const oldValues = envValues(old.podTemplates[0]);
      for (const entry of envEntries(resource.podTemplates[0])) {
        const was = oldValues.get(entry.container)?.get(entry.name);
        if (was === entry.value) continue;
        context.report({
          resource,
          path: entry.path,
          message: `${entry.name} ${was === void 0 ? `is set to ${quote(entry.value)}` : `changes from ${quote(was)} to ${quote(entry.value)}`} in container ${quote(entry.container)}, but calico-node reads it only when no IPv${entry.name.includes("IPV4") ? 4 : 6} pool exists: on a running cluster the edit changes nothing. Revert it; to move pods to new addresses, create an IPPool and follow ${MIGRATE_POOLS_URL}.`
        });
      }
    }
  }
};
function identity(resource) {
  return JSON.stringify([resource.kind, resource.namespace ?? "", resource.name ?? ""]);
}
function envEntries(template) {
  const entries = [];
  for (const key of ["initContainers", "containers"]) {
    const containers = template.spec[key];
    if (!Array.isArray(containers)) continue;
    containers.forEach((container, i) => {
      if (!isPlainObject(container) || typeof container.name !== "string" || !Array.isArray(container.env)) return;
      container.env.forEach((variable, j) => {
        if (!isPlainObject(variable) || typeof variable.name !== "string" || !WATCHED.includes(variable.name)) return;
        if (typeof variable.value !== "string") return;
        entries.push({
          container: echo(container.name, 63),
          name: variable.name,
          value: variable.value,
          path: [...template.path, "spec", key, i, "env", j, "value"]
        });
      });
    });
  }
  return entries;
}
function envValues(template) {
  const values = /* @__PURE__ */ new Map();
  for (const entry of envEntries(template)) {
    const container = values.get(entry.container) ?? /* @__PURE__ */ new Map();
    container.set(entry.name, entry.value);
    values.set(entry.container, container);
  }
  return values;
}

// rules/ippool-immutable-change.ts
init_text();
var ippoolImmutableChange = {
  meta: {
    id: "ippool-immutable-change",
    description: "An IPPool must not change its `cidr` or `blockSize` in place (compared with the base branch).",
    remediation: `Keep the pool as it is; ${MIGRATION_STEPS}.`,
    docsUrl: docsUrl("ippool-immutable-change"),
    defaultSeverity: "error",
    fixable: false,
    scope: "project",
    relevantText: /IPPool/,
    comparesBase: true
  },
  check(project, context) {
    if (project.base === void 0) return;
    const before = poolsByName(project.base.pools.pools, "IPPool");
    for (const [name, pool] of poolsByName(project.pools.pools, "IPPool")) {
      const old = before.get(name);
      if (old === void 0) continue;
      checkCidr(old, pool, context);
      checkBlockSize(old, pool, context);
    }
  }
};
function checkCidr(old, pool, context) {
  const was = old.definition.spec.cidr;
  const now = pool.definition.spec.cidr;
  const same = old.cidr !== void 0 && pool.cidr !== void 0 ? old.cidr.canonical === pool.cidr.canonical : was === now;
  if (same) return;
  report2(context, old, pool, "cidr", `cidr changes in place from ${quote(was)} to ${quote(now)}`, "CIDR cannot be changed");
}
function checkBlockSize(old, pool, context) {
  if (old.cidr !== void 0 && pool.cidr !== void 0 && old.cidr.family !== pool.cidr.family) return;
  const was = effectiveBlockSize(old) ?? old.definition.spec.blockSize;
  const now = effectiveBlockSize(pool) ?? pool.definition.spec.blockSize;
  if (was === now || was === void 0 || now === void 0) return;
  report2(context, old, pool, "blockSize", `blockSize changes in place from ${shown(was)} to ${shown(now)}`, "Block size cannot be changed");
}
function report2(context, old, pool, field, change, calico) {
  const name = pool.name ?? "";
  const wasAt = context.where({ resource: old.definition.resource, path: [...old.definition.specPath, field] });
  context.report({
    resource: pool.definition.resource,
    path: [...pool.definition.specPath, field],
    message: `${poolLabel2(pool, name)}: ${change} (base branch: ${wasAt}). Calico refuses it ("${calico}; follow IP pool migration guide"). Keep this pool as it is; to move to new addresses, ${MIGRATION_STEPS}.`
  });
}
function shown(value) {
  return typeof value === "number" ? String(value) : quote(value);
}

// rules/ippool-infra-node-selector.ts
init_parse_manifest();
init_text();
var MAX_LABELS_SHOWN = 5;
var NEVER = "!all()";
var ippoolInfraNodeSelector = {
  meta: {
    id: "ippool-infra-node-selector",
    description: "A pool listed in `infraPools` must not be selectable by nodes for automatic assignment.",
    remediation: 'Set `nodeSelector: "!all()"` (quoted), or `assignmentMode: Manual` on Calico v3.30+.',
    docsUrl: docsUrl("ippool-infra-node-selector"),
    defaultSeverity: "error",
    fixable: false,
    scope: "resource",
    // Pools are IPPool objects or Installation entries.
    relevantText: /IPPool|Installation|calicoNetwork/
  },
  check(resource, context) {
    const infraNames = new Set(context.config.infraPools.map((pool) => pool.name));
    for (const pool of resource.pools) {
      if (pool.name === void 0 || !infraNames.has(pool.name)) continue;
      const problem = selectorProblem(pool);
      if (!problem) continue;
      context.report({
        resource,
        path: problem.at,
        part: problem.part,
        range: problem.range,
        message: `Infra pool ${quote(pool.name)} ${problem.what}, so IPAM assigns its addresses automatically to pods there that did not ask for it${problem.namespaces}. Set \`nodeSelector: "${NEVER}"\` (quoted) or \`assignmentMode: Manual\`.`
      });
    }
  }
};
function selectorProblem(pool) {
  if (pool.spec.assignmentMode === "Manual") return void 0;
  if (neverAutoAssignedToPods(pool)) return void 0;
  const namespaces = namespacesNote(pool);
  if (namespaces === void 0) return void 0;
  const problem = nodeSelectorProblem(pool);
  return problem && { ...problem, namespaces };
}
function neverAutoAssignedToPods(pool) {
  const { spec } = pool;
  const disabled = pool.origin === "Installation" ? spec.disableNewAllocations === true : spec.disabled === true;
  const uses = spec.allowedUses;
  const noWorkload = Array.isArray(uses) && uses.length > 0 && !uses.includes("Workload");
  return disabled || noWorkload;
}
function namespacesNote(pool) {
  const selector = pool.origin === "IPPool" ? pool.spec.namespaceSelector : void 0;
  if (typeof selector !== "string" || selector.trim() === "") return "";
  const parsed = parseSelector(selector);
  if (!parsed.ok) return "";
  if (findMatchingLabels(parsed.selector) === null) return void 0;
  return ` (in namespaces its namespaceSelector ${quote(selector)} matches)`;
}
function nodeSelectorProblem(pool) {
  const { spec, specPath, resource } = pool;
  const selectorPath = [...specPath, "nodeSelector"];
  if (!resource.has(selectorPath)) {
    return { what: "has no nodeSelector (Calico defaults it to `all()`: every node)", at: pool.namePath, part: "value" };
  }
  const selector = spec.nodeSelector;
  if (typeof selector !== "string") {
    return { what: `has a nodeSelector that is not a string (${quote(selector)})`, at: selectorPath, part: "value" };
  }
  const docPath = [...resource.path, ...selectorPath];
  const tag = unresolvedTagsIn(resource.doc, docPath).find((t) => t.path.length === docPath.length);
  if (tag) return void 0;
  if (selector.trim() === "") {
    return { what: "has an empty nodeSelector (= `all()`: every node)", at: selectorPath, part: "value" };
  }
  if (selector.length > MAX_SELECTOR_LENGTH) {
    return {
      what: `has a nodeSelector of ${selector.length.toLocaleString("en-US")} characters, too long to prove that no node matches it (calico-lint reads ${MAX_SELECTOR_LENGTH.toLocaleString("en-US")}; Calico v3.33+ refuses more than 1,024)`,
      at: selectorPath,
      part: "value"
    };
  }
  const parsed = parseSelector(selector);
  if (!parsed.ok) return void 0;
  const example = findMatchingLabels(parsed.selector);
  if (example === null) return void 0;
  if (example === "unknown") {
    return {
      what: `has nodeSelector ${quote(selector)}, too complex to prove that no node matches it`,
      at: selectorPath,
      part: "value"
    };
  }
  const labels = Object.entries(example);
  const shown2 = labels.slice(0, MAX_LABELS_SHOWN).map(([k, v]) => `${echo(k, 80)}=${quote(v)}`);
  if (labels.length > MAX_LABELS_SHOWN) shown2.push(`and ${labels.length - MAX_LABELS_SHOWN} more labels`);
  const who = labels.length === 0 ? "which every node matches" : `which nodes can match (e.g. a node labelled ${shown2.join(", ")})`;
  return { what: `has nodeSelector ${quote(selector)}, ${who}`, at: selectorPath, part: "value" };
}

// rules/installation-pool-change.ts
init_text();
var installationPoolChange = {
  meta: {
    id: "installation-pool-change",
    description: "An Installation pool must not change its `cidr`, `blockSize` or name in place (compared with the base branch): the operator cannot apply it.",
    remediation: `Add the new pool as another entry of \`ipPools\`, migrate the workloads to it, disable the old entry, then remove it (${MIGRATE_POOLS_URL}).`,
    docsUrl: docsUrl("installation-pool-change"),
    defaultSeverity: "error",
    fixable: false,
    scope: "project",
    relevantText: /Installation/,
    comparesBase: true
  },
  check(project, context) {
    if (project.base === void 0) return;
    const before = poolsByName(project.base.pools.pools, "Installation");
    const now = poolsByName(project.pools.pools, "Installation");
    for (const [name, pool] of now) {
      const old = before.get(name);
      if (old !== void 0) {
        checkInPlace(name, old, pool, context);
        continue;
      }
      const renamed = [...before].find(([oldName2, candidate2]) => !now.has(oldName2) && candidate2.cidr !== void 0 && candidate2.cidr.canonical === pool.cidr?.canonical);
      if (renamed === void 0) continue;
      const [oldName, candidate] = renamed;
      report3(
        context,
        candidate,
        pool,
        [...pool.definition.specPath, "name"],
        `is renamed from ${quote(oldName)} to ${quote(name)} with the same cidr ${pool.cidr.canonical}. The operator would create IPPool ${quote(name)} beside ${quote(oldName)}, which Calico refuses as an overlap`
      );
    }
  }
};
function checkInPlace(name, old, pool, context) {
  const cidrChanged = old.cidr !== void 0 && pool.cidr !== void 0 ? old.cidr.canonical !== pool.cidr.canonical : old.definition.spec.cidr !== pool.definition.spec.cidr;
  if (cidrChanged) {
    report3(
      context,
      old,
      pool,
      [...pool.definition.specPath, "cidr"],
      `${quote(name)} changes cidr from ${quote(old.definition.spec.cidr)} to ${quote(pool.definition.spec.cidr)}. The operator would update IPPool ${quote(name)} in place, which Calico refuses ("CIDR cannot be changed")`
    );
    return;
  }
  const was = effectiveBlockSize(old);
  const size = effectiveBlockSize(pool);
  if (was !== void 0 && size !== void 0 && was !== size) {
    report3(
      context,
      old,
      pool,
      [...pool.definition.specPath, "blockSize"],
      `${quote(name)} changes blockSize from ${was} to ${size}. The operator would update IPPool ${quote(name)} in place, which Calico refuses ("Block size cannot be changed")`
    );
  }
}
function report3(context, old, pool, path19, problem) {
  const wasAt = context.where({ resource: old.definition.resource, path: old.definition.specPath });
  context.report({
    resource: pool.definition.resource,
    path: path19,
    message: `Installation pool ${problem}: the Installation stays degraded and the cluster keeps the old pool (base branch: ${wasAt}). Add the new pool as another entry of \`ipPools\`, migrate the workloads to it, disable the old entry (disableNewAllocations: true), then remove it (${MIGRATE_POOLS_URL}).`
  });
}

// rules/ippool-misplaced-field.ts
init_calico_models();
init_resource();
var IPPOOL_SPEC_FIELDS = [
  "cidr",
  "blockSize",
  "ipipMode",
  "vxlanMode",
  "natOutgoing",
  "disabled",
  "disableBGPExport",
  "nodeSelector",
  "namespaceSelector",
  "allowedUses",
  "assignmentMode",
  "ipip",
  "nat-outgoing"
];
var METADATA_FIELDS = ["name", "labels", "annotations"];
function isIPPool(resource) {
  return resource.kind === "IPPool" && IPPOOL_API_VERSIONS.includes(resource.apiVersion);
}
function misplacedIPPoolFields(resource) {
  if (!isIPPool(resource)) return [];
  const found = [];
  const object = resource.object;
  const spec = isPlainObject(object.spec) ? object.spec : void 0;
  const metadata = isPlainObject(object.metadata) ? object.metadata : void 0;
  for (const key of Object.keys(object)) {
    if (IPPOOL_SPEC_FIELDS.includes(key)) {
      found.push({ field: key, path: [key], where: "top level", belongs: "spec", duplicate: spec !== void 0 && key in spec });
    } else if (METADATA_FIELDS.includes(key)) {
      found.push({
        field: key,
        path: [key],
        where: "top level",
        belongs: "metadata",
        duplicate: metadata !== void 0 && key in metadata
      });
    }
  }
  if (metadata) {
    for (const key of Object.keys(metadata)) {
      if (key === "spec") {
        found.push({ field: "spec", path: ["metadata", "spec"], where: "metadata", belongs: "top level", duplicate: "spec" in object });
      } else if (IPPOOL_SPEC_FIELDS.includes(key)) {
        found.push({
          field: key,
          path: ["metadata", key],
          where: "metadata",
          belongs: "spec",
          duplicate: spec !== void 0 && key in spec
        });
      }
    }
  }
  return found.sort((a, b) => compareRanges(resource, a.path, b.path));
}
function compareRanges(resource, a, b) {
  const ra = resource.locate(a, "key");
  const rb = resource.locate(b, "key");
  return ra.line - rb.line || ra.column - rb.column;
}
function misplacedSpecFieldHint(resource, field) {
  if (!isIPPool(resource)) return void 0;
  const metadata = isPlainObject(resource.object.metadata) ? resource.object.metadata : void 0;
  const nestedSpec = metadata && isPlainObject(metadata.spec) ? metadata.spec : void 0;
  if (nestedSpec && field in nestedSpec) {
    return `\`spec\` is nested under \`metadata:\`; ${DEDENT_SPEC}`;
  }
  const misplaced = misplacedIPPoolFields(resource).find((m) => m.field === field && m.belongs === "spec");
  return misplaced ? `\`${field}\` is ${placeText(misplaced.where)}; it belongs under \`spec:\` — ${fixText(misplaced.where)}` : void 0;
}
var DEDENT_SPEC = "dedent it to the top level, beside `metadata:`";
function placeText(where) {
  return where === "top level" ? "at the top level of the IPPool" : "under `metadata:`";
}
function fixText(where) {
  return where === "top level" ? "indent it" : "move it out of `metadata:`";
}
function messageFor(m) {
  if (m.field === "spec" && m.belongs === "top level") {
    return m.duplicate ? "`spec` is nested under `metadata:` and also written at the top level; Kubernetes reads only the top-level one. Merge the two into the top-level `spec:`" : "`spec` is nested under `metadata:`, so Kubernetes sees an IPPool without a spec (no CIDR). Dedent it to the top level, beside `metadata:`";
  }
  const where = placeText(m.where);
  if (m.duplicate) {
    return `\`${m.field}\` is ${where} and also under \`${m.belongs}:\`; Kubernetes reads only ${m.belongs}.${m.field}. Keep one, under \`${m.belongs}:\``;
  }
  return `\`${m.field}\` is ${where}, where Kubernetes does not read it; it belongs under \`${m.belongs}:\` — ${m.belongs === "spec" ? fixText(m.where) : "indent it"}`;
}
var ippoolMisplacedField = {
  meta: {
    id: "ippool-misplaced-field",
    description: "An IPPool field written at the wrong level (beside `spec:`, under `metadata:`, or `spec:` under `metadata:`) is not read by Kubernetes.",
    remediation: "Indent spec fields under `spec:`, keep `spec:` at the top level beside `metadata:`, and `name` under `metadata:`.",
    docsUrl: docsUrl("ippool-misplaced-field"),
    defaultSeverity: "error",
    fixable: false,
    scope: "resource",
    relevantText: /IPPool/
  },
  check(resource, context) {
    for (const misplaced of misplacedIPPoolFields(resource)) {
      context.report({ resource, path: misplaced.path, part: "key", message: messageFor(misplaced) });
    }
  }
};

// rules/ippool-removed-in-use.ts
init_text();
var ippoolRemovedInUse = {
  meta: {
    id: "ippool-removed-in-use",
    description: "A pool must not be removed or disabled while Namespaces, pods, pod templates, Services or the CNI config still request it (compared with the base branch).",
    remediation: `Move the requests to another pool first (${MIGRATE_POOLS_URL}), or keep the pool until nothing requests it.`,
    docsUrl: docsUrl("ippool-removed-in-use"),
    defaultSeverity: "error",
    fixable: false,
    scope: "project",
    relevantText: /IPPool|Installation|ipv[46]pools|ipv[46]_pools/,
    comparesBase: true
  },
  check(project, context) {
    if (project.base === void 0) return;
    const before = poolsByName(project.base.pools.pools);
    const now = poolsByName(project.pools.pools);
    const gone = [...before].filter(([name, pool]) => !now.has(name) && !isDisabled2(pool));
    const disabled = [...now].filter(([name, pool]) => isDisabled2(pool) && before.has(name) && !isDisabled2(before.get(name)));
    if (gone.length === 0 && disabled.length === 0) return;
    const requests = poolRequests(project.resources);
    const servedCidrs = new Set(project.pools.pools.filter((pool) => !isDisabled2(pool) && pool.cidr).map((pool) => pool.cidr.canonical));
    const askingFor = (name, pool) => requests.filter((request) => request.entries.some((entry) => entry === name || !servedCidrs.has(pool.cidr?.canonical ?? "") && requestsPool(entry, name, pool.cidr)));
    for (const [name, pool] of gone) {
      for (const request of askingFor(name, pool)) {
        context.report({
          resource: request.resource,
          path: request.path,
          message: `pool ${quote(name)} is removed in this change but ${request.who} still requests it (${request.via}; the pool was ${poolLabel2(pool, name)} at ${context.where({ resource: pool.definition.resource, path: pool.definition.namePath })} on the base branch). ${consequence(request)} Move the request to another pool first, or keep the pool until nothing requests it (${MIGRATE_POOLS_URL}).`
        });
      }
    }
    for (const [name, pool] of disabled) {
      reportDisabled(name, pool, askingFor(name, pool), context);
    }
  }
};
var MAX_NAMED = 3;
function reportDisabled(name, pool, requests, context) {
  if (requests.length === 0) return;
  const named = requests.slice(0, MAX_NAMED).map((request) => `${request.who} (${context.where({ resource: request.resource, path: request.path })})`);
  if (requests.length > MAX_NAMED) named.push(`${requests.length - MAX_NAMED} more`);
  context.report({
    resource: pool.definition.resource,
    path: disabledPath(pool),
    message: `pool ${quote(name)} is disabled in this change but ${named.join(", ")} still request${requests.length === 1 ? "s" : ""} it. Calico assigns no address from a disabled pool, even on request: new pods that ask for it fail to start. Move the requests to another pool before disabling it (${MIGRATE_POOLS_URL}).`,
    related: requests.map((request) => ({ resource: request.resource, path: request.path, message: `${request.who} requests pool ${quote(name)} here` }))
  });
}
function consequence(request) {
  if (request.resource.kind === "Service") return "The Service gets no LoadBalancer address from it.";
  return 'Calico fails new pods that ask for it ("the given pool does not exist, or is not enabled").';
}

// rules/fixed-address-replicas.ts
init_resource();
init_text();
var fixedAddressReplicas = {
  meta: {
    id: "fixed-address-replicas",
    description: "A pod template with a fixed `cni.projectcalico.org/ipAddrs` address must run a single pod.",
    remediation: "Run one replica, or request a pool (`cni.projectcalico.org/ipv4pools`) instead of a fixed address.",
    docsUrl: docsUrl("fixed-address-replicas"),
    defaultSeverity: "error",
    fixable: false,
    scope: "project",
    // The annotation, and the autoscalers that scale its workload.
    relevantText: /ipAddrs|HorizontalPodAutoscaler/
  },
  check(scope, context) {
    const autoscalers = scope.resources.filter((resource) => resource.kind === "HorizontalPodAutoscaler");
    for (const resource of scope.resources) {
      for (const site of annotationSites(resource)) {
        if (site.kind !== "pod" || resource.kind === "Pod") continue;
        const value = site.annotations[CALICO_ANNOTATIONS.ipAddrs];
        const parsed = parseStringList(value);
        if (!parsed.ok || parsed.items.length === 0) continue;
        const pods = podCount(resource, autoscalers, context.where);
        if (!pods) continue;
        const addresses = parsed.items.slice(0, 2).map((item) => quote(item)).join(" and ");
        context.report({
          resource,
          path: [...site.path, CALICO_ANNOTATIONS.ipAddrs],
          message: `\`${CALICO_ANNOTATIONS.ipAddrs}\` fixes ${addresses} for every pod of this ${escapeControl(resource.kind)}, which ${pods.how}: only one pod can hold the address, and the others fail when their sandbox is created (Calico: "Address already assigned in block"). Run a single pod, or request a pool with \`${CALICO_ANNOTATIONS.ipv4pools}\` instead of a fixed address.`,
          ...pods.related ? { related: [pods.related] } : {}
        });
      }
    }
  }
};
function positiveInteger(value) {
  return typeof value === "number" && Number.isInteger(value) && value > 0 ? value : void 0;
}
function podCount(resource, autoscalers, where) {
  const object = resource.object;
  switch (resource.kind) {
    case "DaemonSet":
      return { how: "runs one pod on every node it selects" };
    case "Job":
    case "CronJob": {
      const path19 = resource.kind === "Job" ? ["spec", "parallelism"] : ["spec", "jobTemplate", "spec", "parallelism"];
      const parallelism = positiveInteger(getIn(object, path19));
      return parallelism && parallelism > 1 ? { how: `runs up to ${parallelism} pods at once (parallelism: ${parallelism})` } : void 0;
    }
    case "Deployment":
    case "StatefulSet":
    case "ReplicaSet":
    case "ReplicationController": {
      const autoscaler = autoscalers.find((hpa) => scales(hpa, resource));
      const maxReplicas = autoscaler ? positiveInteger(getIn(autoscaler.object, ["spec", "maxReplicas"])) : void 0;
      if (autoscaler && maxReplicas && maxReplicas > 1) {
        const at2 = { resource: autoscaler, path: ["spec", "maxReplicas"] };
        return {
          how: `the HorizontalPodAutoscaler at ${where(at2)} scales up to ${maxReplicas} pods`,
          related: { ...at2, message: "the autoscaler" }
        };
      }
      const replicas = positiveInteger(getIn(object, ["spec", "replicas"]));
      return replicas && replicas > 1 ? { how: `runs ${replicas} pods (replicas: ${replicas})` } : void 0;
    }
    default:
      return void 0;
  }
}
function scales(hpa, workload) {
  if (!hpa.apiVersion.startsWith("autoscaling/") || hpa.namespace !== workload.namespace) return false;
  const target = getIn(hpa.object, ["spec", "scaleTargetRef"]);
  return isPlainObject(target) && target.kind === workload.kind && target.name === workload.name;
}

// rules/installation-name.ts
init_calico_models();
init_text();
var installationName = {
  meta: {
    id: "installation-name",
    description: "An operator Installation must be named `default`: the operator reconciles no other.",
    remediation: "Name the Installation `default` (metadata.name: default).",
    docsUrl: docsUrl("installation-name"),
    defaultSeverity: "error",
    fixable: false,
    scope: "resource",
    relevantText: /Installation/
  },
  check(resource, context) {
    if (resource.kind !== "Installation" || resource.apiVersion !== INSTALLATION_API_VERSION) return;
    const name = resource.name;
    if (name === "default") return;
    const pools = resource.pools.length;
    const lost = pools > 0 ? `its ${pools === 1 ? "pool is" : `${pools} pools are`} never created and its settings never applied` : "its settings are never applied";
    const written2 = name === void 0 ? "has no metadata.name" : `is named ${quote(name)}`;
    context.report({
      resource,
      path: ["metadata", "name"],
      message: `This Installation ${written2}, but the Tigera operator reconciles only the Installation named "default": ${lost}, and nothing reports an error. Write \`metadata: {name: default}\`.`
    });
  }
};

// rules/ippool-valid.ts
init_calico_version();
init_cidr();
init_calico_models();
init_resource();
init_text();

// src/resources/operator.ts
init_resource();
var DEFAULT_CNI = { AKS: "AzureVNET", EKS: "AmazonVPC", GKE: "GKE" };
var DEFAULT_IPAM = { AzureVNET: "AzureVNET", AmazonVPC: "AmazonVPC", GKE: "HostLocal" };
function written(value) {
  return value !== void 0 && value !== null && value !== "";
}
function operatorNetwork(installation) {
  const object = installation.object;
  const provider = getIn(object, ["spec", "kubernetesProvider"]);
  const cniWritten = written(getIn(object, ["spec", "cni", "type"]));
  const cniType = cniWritten ? getIn(object, ["spec", "cni", "type"]) : typeof provider === "string" && Object.hasOwn(DEFAULT_CNI, provider) ? DEFAULT_CNI[provider] : "Calico";
  const ipamWritten = getIn(object, ["spec", "cni", "ipam", "type"]);
  const ipamType = written(ipamWritten) ? ipamWritten : typeof cniType === "string" && Object.hasOwn(DEFAULT_IPAM, cniType) ? DEFAULT_IPAM[cniType] : "Calico";
  const bgpValue = getIn(object, ["spec", "calicoNetwork", "bgp"]);
  const bgpWritten = written(bgpValue);
  const bgp = bgpWritten ? bgpValue : cniType === "Calico" && provider !== "EKS" ? "Enabled" : "Disabled";
  return {
    cniType,
    ipamType,
    bgp,
    cniWritten,
    bgpWritten,
    clusterRoutingMode: getIn(object, ["spec", "calicoNetwork", "clusterRoutingMode"])
  };
}

// rules/ippool-valid.ts
var MODES = ["Always", "CrossSubnet", "Never"];
var ENABLED_MODES = ["Always", "CrossSubnet"];
var ASSIGNMENT_MODES = ["Automatic", "Manual"];
var ALLOWED_USES = ["Workload", "Tunnel", "LoadBalancer"];
var ENCAPSULATIONS = ["IPIP", "IPIPCrossSubnet", "VXLAN", "VXLANCrossSubnet", "None"];
var NAT_OUTGOING = ["Enabled", "Disabled"];
var INSTALLATION_POOL_FIELDS = [
  "name",
  "cidr",
  "encapsulation",
  "natOutgoing",
  "nodeSelector",
  "blockSize",
  "disableBGPExport",
  "disableNewAllocations",
  "allowedUses",
  "assignmentMode"
];
var IPPOOL_ONLY_HINTS = {
  ipipMode: "Installation pools set `encapsulation` instead (IPIP, IPIPCrossSubnet, VXLAN, VXLANCrossSubnet or None)",
  vxlanMode: "Installation pools set `encapsulation` instead (IPIP, IPIPCrossSubnet, VXLAN, VXLANCrossSubnet or None)",
  disabled: "Installation pools set `disableNewAllocations: true` instead",
  namespaceSelector: "Installation pools have no namespaceSelector; manage such a pool as an IPPool resource"
};
var INSTALLATION_ONLY_HINTS = {
  encapsulation: "an IPPool sets `ipipMode` or `vxlanMode` instead (Always, CrossSubnet or Never)",
  disableNewAllocations: "an IPPool sets `disabled: true` instead",
  name: "an IPPool takes its name from `metadata.name`"
};
var IPV4_LINK_LOCAL = parseCidr("169.254.0.0/16");
var IPV6_LINK_LOCAL = parseCidr("fe80::/10");
var NAME_REGEX = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
var NAME_MAX_LENGTH = 253;
var ippoolValid = {
  meta: {
    id: "ippool-valid",
    description: "An IP pool must pass Calico's own validation: CIDR, blockSize, encapsulation modes, allowed uses, name and field types.",
    remediation: "Fix the field the message points at; each message says which value Calico accepts instead.",
    docsUrl: docsUrl("ippool-valid"),
    defaultSeverity: "error",
    fixable: false,
    scope: "resource",
    relevantText: /IPPool|Installation|calicoNetwork/
  },
  check(resource, context) {
    const findings = [];
    const report4 = (path19, message2, part = "value", extra = {}) => {
      findings.push({ resource, path: path19, part, message: message2, ...extra });
    };
    if (isIPPoolResource(resource)) checkIPPoolObject(resource, report4);
    const installationPools = [];
    const network = resource.kind === "Installation" ? operatorNetwork(resource) : void 0;
    for (const pool of resource.pools) {
      if (pool.origin === "IPPool" && resource.has(["spec"]) && !isPlainObject(resource.object.spec) && resource.object.spec !== null) {
        continue;
      }
      const facts = checkPool(pool, report4, resource, context.config.calicoVersion, network);
      if (pool.origin === "Installation") installationPools.push(facts);
    }
    checkInstallationDuplicates(installationPools, report4);
    const positioned = findings.map((finding, index) => ({ finding, index, at: resource.locate(finding.path ?? [], finding.part) }));
    positioned.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column || a.index - b.index);
    for (const { finding } of positioned) context.report(finding);
  }
};
function isIPPoolResource(resource) {
  return resource.kind === "IPPool" && IPPOOL_API_VERSIONS.includes(resource.apiVersion);
}
function calicoSays(reason) {
  return ` (Calico rejects it: ${quote(reason, 200)})`;
}
function operatorSays(reason) {
  return ` (the operator rejects it: ${quote(reason, 200)})`;
}
function listOf2(values) {
  return values.length <= 1 ? values.join("") : `${values.slice(0, -1).join(", ")} or ${values[values.length - 1]}`;
}
function checkIPPoolObject(resource, report4) {
  const spec = resource.object.spec;
  if (resource.has(["spec"]) && spec !== null && !isPlainObject(spec)) {
    report4(["spec"], `\`spec\` must be a mapping of pool fields (cidr, blockSize, …); got ${quote(spec)}. Write \`spec:\` and indent the fields under it`);
  }
  const namePath = ["metadata", "name"];
  const name = resource.metadata.name;
  if (name === void 0 || name === null) {
    const misplaced = "name" in resource.object && !resource.has(namePath) ? ": `name` is at the top level of the IPPool; it belongs under `metadata:` — indent it" : ". Add `metadata: {name: <pool-name>}`";
    report4(namePath, `This IPPool has no metadata.name, and Kubernetes rejects an object without a name${misplaced}`);
    return;
  }
  const problem = nameProblem(name);
  if (problem) {
    report4(namePath, `metadata.name ${problem}. An IPPool name uses lower-case letters, digits, '-' and '.', and starts and ends with a letter or digit${nameSuggestion(name)}`);
  }
}
function nameProblem(name) {
  if (typeof name !== "string") return `must be a string; got ${quote(name)}`;
  if (name.length > NAME_MAX_LENGTH) {
    const excess = name.length - NAME_MAX_LENGTH;
    return `is too long by ${excess} character${excess === 1 ? "" : "s"} (at most ${NAME_MAX_LENGTH})`;
  }
  if (!NAME_REGEX.test(name)) return `${quote(name)} is not a valid Kubernetes name (a DNS-1123 subdomain)`;
  return void 0;
}
function nameSuggestion(name) {
  if (typeof name !== "string") return "";
  const suggestion = name.toLowerCase().replace(/[^a-z0-9.-]+/g, "-").split(".").map((label3) => label3.replace(/^-+|-+$/g, "")).filter((label3) => label3 !== "").join(".");
  const usable = suggestion !== name && suggestion.length <= NAME_MAX_LENGTH && NAME_REGEX.test(suggestion);
  return usable ? `, e.g. ${quote(suggestion)}` : "";
}
var PoolContext = class {
  constructor(pool, report4, calicoVersion) {
    this.pool = pool;
    this.report = report4;
    this.calicoVersion = calicoVersion;
    this.isIPPool = pool.origin === "IPPool";
    this.spec = pool.spec;
  }
  pool;
  report;
  calicoVersion;
  isIPPool;
  spec;
  path(field) {
    return [...this.pool.specPath, field];
  }
  /** `spec.cidr` or `ipPools[1].cidr`, for messages. */
  label(field) {
    const shown2 = echo(field, 80);
    if (this.isIPPool) return `spec.${shown2}`;
    const index = this.pool.specPath[this.pool.specPath.length - 1];
    return `ipPools[${String(index)}].${shown2}`;
  }
  /** The value of a field, with `null` (an empty YAML value) read as absent, as Kubernetes does. */
  value(field) {
    const value = this.spec[field];
    return value === null ? void 0 : value;
  }
  has(field) {
    return this.value(field) !== void 0;
  }
  /** How to name the pool in a message that is not at one of its fields. */
  /** Whether the targeted Calico release (`calicoVersion`) is `release` or newer. */
  from(release) {
    return calicoAtLeast(this.calicoVersion, release);
  }
  get subject() {
    const kind = this.isIPPool ? "IPPool" : "Installation pool";
    return typeof this.pool.name === "string" ? `${kind} ${quote(this.pool.name)}` : `This ${kind}`;
  }
};
function checkPool(pool, report4, resource, calicoVersion, network) {
  const ctx = new PoolContext(pool, report4, calicoVersion);
  if (!ctx.isIPPool) checkInstallationPoolName(ctx);
  const { cidr, family, text } = checkCidr2(ctx, resource);
  const blockSize = checkBlockSize2(ctx, family);
  if (cidr && blockSize !== void 0) checkPoolSize(ctx, cidr, blockSize);
  const encapsulation = ctx.isIPPool ? checkModes(ctx, family) : checkEncapsulation(ctx, family, network);
  checkEnum(
    ctx,
    "assignmentMode",
    ASSIGNMENT_MODES,
    "an assignment mode",
    ctx.isIPPool ? " (Kubernetes and Calico reject it)" : " (Calico rejects the IPPool the operator creates from it)"
  );
  if (ctx.isIPPool) {
    for (const field of ["natOutgoing", "disabled", "disableBGPExport"]) checkBoolean(ctx, field);
  } else {
    checkInstallationNatOutgoing(ctx);
    for (const field of ["disableBGPExport", "disableNewAllocations"]) checkBoolean(ctx, field);
  }
  checkAllowedUses(ctx, encapsulation, family);
  for (const field of ctx.isIPPool ? ["nodeSelector", "namespaceSelector"] : ["nodeSelector"]) checkSelector(ctx, field);
  if (ctx.isIPPool) checkTunnelNamespaceSelector(ctx);
  if (ctx.isIPPool) checkFieldsFromLaterReleases(ctx);
  if (network) checkOperatorNetwork(ctx, family, network);
  checkUnknownFields(ctx);
  if (ctx.isIPPool) checkLegacyFields(ctx, resource.apiVersion);
  return { pool, cidr, cidrText: text };
}
function checkInstallationPoolName(ctx) {
  if (!ctx.has("name")) return;
  const name = ctx.value("name");
  const problem = nameProblem(name);
  if (!problem) return;
  ctx.report(ctx.pool.namePath, `${ctx.label("name")} ${problem}: the operator creates an IPPool with this name, and Kubernetes rejects it. Use lower-case letters, digits, '-' and '.', starting and ending with a letter or digit` + nameSuggestion(name));
}
function checkCidr2(ctx, resource) {
  const label3 = ctx.label("cidr");
  const path19 = ctx.path("cidr");
  const value = ctx.value("cidr");
  const missingReason = ctx.isIPPool ? calicoSays("IPPool CIDR must be specified") : " (the Installation API requires it)";
  if (value === void 0 || value === "") {
    const hint = ctx.isIPPool ? misplacedSpecFieldHint(resource, "cidr") : void 0;
    if (hint) {
      ctx.report(ctx.pool.namePath, `${ctx.subject} has no spec.cidr: ${hint}${missingReason}`);
    } else if (value === "" || ctx.spec.cidr === null) {
      ctx.report(
        path19,
        `${label3} is empty. Write the pool's network as address/length, e.g. \`cidr: 10.244.0.0/16\`${missingReason}`,
        value === "" ? "value" : "key"
      );
    } else {
      const where = ctx.isIPPool ? "under `spec:`" : "to the pool";
      ctx.report(ctx.pool.namePath, `${ctx.subject} has no ${ctx.isIPPool ? "spec.cidr" : "cidr"}. Add \`cidr: <address>/<length>\` ${where}${missingReason}`);
    }
    return {};
  }
  if (typeof value !== "string") {
    ctx.report(path19, `${label3} must be a string such as "10.244.0.0/16"; got ${quote(value)}`);
    return {};
  }
  const parsed = parseCalicoCidr(value);
  const invalidReason = ctx.isIPPool ? calicoSays("IPPool CIDR must be a valid subnet") : operatorSays(`IP pool CIDR (${value}) is invalid: invalid CIDR address: ${value}`);
  if (!parsed.ok) {
    ctx.report(path19, `${label3} ${quote(value)} is not a valid CIDR (${parsed.reason}). Write a network as address/length, e.g. "10.244.0.0/16"${invalidReason}`);
    return {};
  }
  const { cidr } = parsed;
  if (parsed.mapped && value.includes("/")) {
    ctx.report(path19, `${label3} ${quote(value)} is IPv4-mapped IPv6 notation. Go's net package, and so Calico, reads it as the IPv4 network ${cidr.canonical}, but keeps its ${cidr.prefixLength + 96}-bit prefix length, which Calico's validation compares with the IPv4 block size. Write ${quote(cidr.canonical)}`);
    return { cidr, family: cidr.family, text: value };
  }
  if (!value.includes("/")) {
    ctx.report(path19, `${label3} ${quote(value)} is an address without a prefix length; Calico parses pool CIDRs with Go's net.ParseCIDR, which requires one. Write the network as address/length, e.g. ${quote(`${value}/${cidr.prefixLength}`)} for this one address (which also needs blockSize: ${cidr.prefixLength})` + invalidReason);
    return { family: cidr.family, text: value };
  }
  if (parsed.hostBitsSet) {
    ctx.report(path19, `${label3} ${quote(value)} has host bits set: did you mean ${quote(cidr.canonical)}? A pool CIDR must be strictly masked` + (ctx.isIPPool ? calicoSays("IPPool CIDR is not strictly masked") : " (Calico's IPPool validation rejects it)"));
  }
  const linkLocal = cidr.family === 4 ? IPV4_LINK_LOCAL : IPV6_LINK_LOCAL;
  if (linkLocal.ok && overlaps(cidr, linkLocal.cidr)) {
    const range = linkLocal.cidr.canonical;
    const familyName = cidr.family === 4 ? "IPv4" : "IPv6";
    ctx.report(path19, `${label3} ${quote(value)} overlaps the ${familyName} link-local range ${range}, which Calico does not allow in a pool. Choose a range outside ${range}` + calicoSays(`IPPool CIDR overlaps with ${familyName} Link Local range ${range}`));
  }
  return { cidr, family: cidr.family, text: value };
}
var BLOCK_RANGE = { 4: { min: 20, max: 32, default: 26 }, 6: { min: 116, max: 128, default: 122 } };
function checkBlockSize2(ctx, family) {
  const label3 = ctx.label("blockSize");
  const value = ctx.value("blockSize");
  const unset = value === void 0 || ctx.isIPPool && value === 0;
  if (!unset && !(typeof value === "number" && Number.isInteger(value))) {
    const digits = typeof value === "string" && /^\s*\d+\s*$/.test(value) ? " — a string: remove the quotes" : "";
    ctx.report(ctx.path("blockSize"), `${label3} must be a whole number (20 to 32 for IPv4, 116 to 128 for IPv6); got ${quote(value)}${digits}`);
    return void 0;
  }
  if (family === void 0) return void 0;
  const range = BLOCK_RANGE[family];
  if (unset) return { size: range.default, defaulted: true };
  const size = value;
  if (size < range.min || size > range.max) {
    const other = BLOCK_RANGE[family === 4 ? 6 : 4];
    const crossed = size >= other.min && size <= other.max ? ` (${size} is an IPv${family === 4 ? 6 : 4} block size)` : "";
    const said = ctx.isIPPool ? calicoSays(`IPv${family} block size must be between ${range.min} and ${range.max}`) : operatorSays(`IPv${family} pool block size must be greater than ${range.min - 1} and less than or equal to ${range.max}`);
    ctx.report(ctx.path("blockSize"), `${label3} ${size} is outside ${range.min}–${range.max}, the range for an IPv${family} pool${crossed}. Use a value from ${range.min} to ${range.max} (default ${range.default})${said}`);
    return void 0;
  }
  return { size, defaulted: false };
}
function checkPoolSize(ctx, cidr, block) {
  if (cidr.prefixLength <= block.size) return;
  if (ctx.isIPPool && ctx.value("disabled") === true) return;
  const blockText = block.defaulted ? `/${block.size}, the default blockSize` : `/${block.size}, its blockSize`;
  const options = ctx.isIPPool ? `Use a /${block.size} or larger CIDR, set blockSize to ${cidr.prefixLength} or more, or set \`disabled: true\`` : `Use a /${block.size} or larger CIDR, or set blockSize to ${cidr.prefixLength} or more`;
  const said = ctx.isIPPool ? calicoSays("IP pool size is too small for use with Calico IPAM. It must be equal to or greater than the block size.") : " (the operator rejects a pool smaller than one block, even with disableNewAllocations)";
  ctx.report(ctx.path("cidr"), `${ctx.label("cidr")} ${quote(cidr.canonical)} is smaller than one IPAM block (${blockText}): Calico allocates addresses to nodes in whole blocks. ${options}${said}`);
}
function checkModes(ctx, family) {
  for (const field of ["ipipMode", "vxlanMode"]) {
    checkEnum(ctx, field, MODES, "an encapsulation mode", " (Kubernetes and Calico reject it; omit the field for Never)");
  }
  const ipip = ctx.value("ipipMode");
  const vxlan = ctx.value("vxlanMode");
  const enabledFields = ["ipipMode", "vxlanMode"].filter((field) => ENABLED_MODES.includes(ctx.value(field)));
  if (enabledFields.length === 2) {
    ctx.report(ctx.path("vxlanMode"), `${ctx.label("vxlanMode")} is ${quote(vxlan)} while ${ctx.label("ipipMode")} is ${quote(ipip)}: a pool uses at most one encapsulation. Set one of them to Never` + calicoSays("Cannot enable both VXLAN and IPIP on the same IPPool"));
  }
  if (family === 6 && ENABLED_MODES.includes(ipip)) {
    ctx.report(ctx.path("ipipMode"), `${ctx.label("ipipMode")} is ${quote(ipip)} on an IPv6 pool, but IPIP carries IPv4 only. Set \`ipipMode: Never\` (use vxlanMode for an IPv6 overlay)` + calicoSays("IPIP is not supported on an IPv6 IP pool"));
  }
  return { enabledFields };
}
function checkEncapsulation(ctx, family, network) {
  const ok = checkEnum(ctx, "encapsulation", ENCAPSULATIONS, "an encapsulation", " (Kubernetes rejects the Installation)");
  const value = ctx.value("encapsulation");
  const cidrText2 = ctx.value("cidr");
  if (ok && family === 6 && (value === "IPIP" || value === "IPIPCrossSubnet")) {
    ctx.report(ctx.path("encapsulation"), `${ctx.label("encapsulation")} is ${quote(value)} on an IPv6 pool, but IPIP carries IPv4 only. Use VXLAN, VXLANCrossSubnet or None` + operatorSays(`IPIP encapsulation is not supported by IPv6 pools, but it is set for ${String(cidrText2)}`));
  }
  if (ok && value !== void 0 && value !== "None") return { enabledFields: ["encapsulation"] };
  if (value === void 0 && family === 4) {
    if (network?.cniType === "Calico") return { enabledFields: [], defaulted: "IPIP" };
  }
  return { enabledFields: [] };
}
function checkEnum(ctx, field, allowed, what, consequence2) {
  const value = ctx.value(field);
  if (value === void 0 || typeof value === "string" && allowed.includes(value)) return true;
  const label3 = ctx.label(field);
  const list2 = listOf2(allowed);
  let message2;
  if (typeof value === "boolean") {
    message2 = `${label3} is the boolean ${value} (YAML reads unquoted true/false/yes/no/on/off as booleans), not ${what}. Write ${list2}`;
  } else if (typeof value === "string") {
    const fold = (text) => text.toLowerCase().replace(/[-_\s]/g, "");
    const sameWord = allowed.find((candidate) => fold(candidate) === fold(value));
    const near = sameWord ?? closest(value, allowed);
    if (sameWord) {
      message2 = `${label3} ${quote(value)} is not valid: the values are case-sensitive. Write \`${field}: ${sameWord}\``;
    } else if (near) {
      message2 = `${label3} ${quote(value)} is not ${list2}. Did you mean \`${near}\`?`;
    } else {
      message2 = `${label3} ${quote(value)} is not ${what}: write ${list2}`;
    }
  } else {
    message2 = `${label3} must be ${list2}; got ${quote(value)}`;
  }
  ctx.report(ctx.path(field), message2 + consequence2);
  return false;
}
var TRUE_WORDS = ["true", "yes", "y", "on", "enabled", "enable"];
var FALSE_WORDS = ["false", "no", "n", "off", "disabled", "disable"];
function checkBoolean(ctx, field) {
  const value = ctx.value(field);
  if (value === void 0 || typeof value === "boolean") return;
  const label3 = ctx.label(field);
  let meant;
  let what;
  if (typeof value === "string") {
    const word = value.trim().toLowerCase();
    meant = TRUE_WORDS.includes(word) ? "true" : FALSE_WORDS.includes(word) ? "false" : void 0;
    what = word === "true" || word === "false" ? `the string ${quote(value)} (quoted), not a boolean` : word === "enabled" || word === "disabled" ? `${quote(value)}, the Installation API's spelling, not a boolean` : `the string ${quote(value)}, not a boolean`;
  } else {
    what = `${quote(value)}, not a boolean`;
  }
  const write = meant ? `Write \`${field}: ${meant}\` without quotes` : "Write true or false without quotes";
  ctx.report(ctx.path(field), `${label3} is ${what}: Kubernetes accepts only true or false here. ${write}`);
}
function checkInstallationNatOutgoing(ctx) {
  const value = ctx.value("natOutgoing");
  if (typeof value === "boolean") {
    ctx.report(ctx.path("natOutgoing"), `${ctx.label("natOutgoing")} is the boolean ${value}, but the Installation API takes Enabled or Disabled. Write \`natOutgoing: ${value ? "Enabled" : "Disabled"}\``);
    return;
  }
  checkEnum(ctx, "natOutgoing", NAT_OUTGOING, "a NAT setting", " (Kubernetes rejects the Installation)");
}
function checkAllowedUses(ctx, encapsulation, family) {
  const value = ctx.value("allowedUses");
  if (value === void 0) return;
  const label3 = ctx.label("allowedUses");
  if (!Array.isArray(value)) {
    const single = typeof value === "string" && ALLOWED_USES.includes(value) ? value : "Workload, Tunnel";
    ctx.report(ctx.path("allowedUses"), `${label3} must be a list; got ${quote(value)}. Write \`allowedUses: [${single}]\``);
    return;
  }
  value.forEach((use, i) => {
    if (typeof use === "string" && ALLOWED_USES.includes(use)) return;
    const sameWord = typeof use === "string" ? ALLOWED_USES.find((candidate) => candidate.toLowerCase() === use.toLowerCase()) : void 0;
    const near = typeof use === "string" && !sameWord ? closest(use, ALLOWED_USES) : void 0;
    const hint = sameWord ? ` Write \`${sameWord}\` (values are case-sensitive)` : near ? ` Did you mean \`${near}\`?` : "";
    ctx.report([...ctx.path("allowedUses"), i], `${label3} has ${quote(use)}, which is not a use Calico knows (Workload, Tunnel or LoadBalancer).${hint}` + (typeof use === "string" ? calicoSays(`unknown use: ${use}`) : ""));
  });
  if (ctx.from("3.32")) checkDuplicateUses(ctx, value);
  if (!value.includes("LoadBalancer")) return;
  checkLoadBalancerPool(ctx, value, encapsulation, family);
}
function checkDuplicateUses(ctx, uses) {
  const seen = /* @__PURE__ */ new Set();
  uses.forEach((use, i) => {
    if (typeof use !== "string") return;
    if (!seen.has(use)) {
      seen.add(use);
      return;
    }
    const kubernetes = ctx.isIPPool ? "Kubernetes rejects the IPPool" : "Kubernetes rejects the IPPool the operator creates from it";
    ctx.report([...ctx.path("allowedUses"), i], `${ctx.label("allowedUses")} lists ${quote(use)} twice. From Calico v3.32 the IPPool CRD treats allowedUses as a set, and ${kubernetes} ("Duplicate value"). Remove the second entry`);
  });
}
function checkLoadBalancerPool(ctx, uses, encapsulation, family) {
  const name = typeof ctx.pool.name === "string" ? ctx.pool.name : void 0;
  uses.forEach((use, i) => {
    if (use !== "Workload" && use !== "Tunnel") return;
    const said = ctx.isIPPool ? calicoSays(`LoadBalancer cannot be used at the same time as: ${use}`) : name !== void 0 ? operatorSays(`IP pool ${name} AllowedUse LoadBalancer cannot be used with Workload/Tunnel`) : "";
    ctx.report([...ctx.path("allowedUses"), i], `${ctx.label("allowedUses")} mixes LoadBalancer with ${use}: a LoadBalancer pool holds Service addresses only. Move ${use} to another pool and keep \`allowedUses: [LoadBalancer]\`${said}`);
  });
  for (const field of encapsulation.enabledFields) {
    const value = ctx.value(field);
    const fix = ctx.isIPPool ? `\`${field}: Never\`` : "`encapsulation: None`";
    const said = ctx.isIPPool ? calicoSays("Neither IPIPMode nor VXLANMode can be enabled on AllowedUses LoadBalancer IP pool") : operatorSays("IP pool encapsulation must be none if allowedUse is LoadBalancer");
    ctx.report(ctx.path(field), `${ctx.label(field)} is ${quote(value)} on a LoadBalancer pool; Service addresses are not tunnelled. Set ${fix}${said}`);
  }
  if (encapsulation.defaulted && family === 4) {
    ctx.report(ctx.pool.namePath, `${ctx.subject} is a LoadBalancer pool without \`encapsulation\`, so the operator gives this IPv4 pool its default, ${encapsulation.defaulted} (with the Calico CNI). Add \`encapsulation: None\`` + operatorSays("IP pool encapsulation must be none if allowedUse is LoadBalancer"));
  }
  if (ctx.value("disableBGPExport") === true) {
    const said = ctx.isIPPool ? " (Calico rejects this combination)" : operatorSays("IP pool disable bgp export must be false when AllowedUse is LoadBalancer");
    ctx.report(ctx.path("disableBGPExport"), `${ctx.label("disableBGPExport")} is true on a LoadBalancer pool, but Service addresses must be advertised over BGP. Remove it or set it to false${said}`);
  }
  const selector = ctx.value("nodeSelector");
  if (selector === "" && ctx.isIPPool && ctx.from("3.33")) {
    ctx.report(ctx.path("nodeSelector"), `${ctx.label("nodeSelector")} is empty on a LoadBalancer pool. calicoctl would read it as all(), but from Calico v3.33 the IPPool CRD keeps the empty value and its validation refuses it when the pool is applied with kubectl. Write \`nodeSelector: all()\` or remove the line` + calicoSays("IP Pool with AllowedUse LoadBalancer must have nodeSelector set to all()"));
  }
  if (typeof selector === "string" && selector !== "" && selector !== "all()") {
    const said = ctx.isIPPool ? calicoSays("IP Pool with AllowedUse LoadBalancer must have node selector set to all()") : operatorSays("IP pool nodeSelector should be set to all() if allowedUse is LoadBalancer");
    ctx.report(ctx.path("nodeSelector"), `${ctx.label("nodeSelector")} is ${quote(selector)} on a LoadBalancer pool; it must be exactly "all()". Write \`nodeSelector: all()\` or remove it${said}`);
  }
}
function checkSelector(ctx, field) {
  if (!ctx.has(field)) return;
  const value = ctx.value(field);
  const label3 = ctx.label(field);
  if (value === null || value === "") return;
  if (typeof value !== "string") {
    ctx.report(ctx.path(field), `${label3} must be a string holding a selector such as "all()" or "!all()"; got ${quote(value)}`);
    return;
  }
  const length = [...value].length;
  if (length > MAX_SELECTOR_LENGTH2 && ctx.from("3.33")) {
    const whose = ctx.isIPPool ? "Kubernetes rejects the IPPool" : "Kubernetes rejects the IPPool the operator creates from it";
    ctx.report(ctx.path(field), `${label3} is ${length} characters long. From Calico v3.33 the IPPool CRD allows at most ${MAX_SELECTOR_LENGTH2}, and ${whose}. Shorten it, e.g. select one label that the nodes share`);
    return;
  }
  const parsed = parseSelector(value);
  if (!parsed.ok && parsed.error.limit) {
    const tooLong = value.length > MAX_SELECTOR_LENGTH;
    ctx.report(ctx.path(field), `${label3} is ${parsed.error.message}: calico-lint does not check selectors this ${tooLong ? "long" : "deep (Calico itself has no such limit)"}. Simplify it so that it can be checked`);
    return;
  }
  if (!parsed.ok) {
    ctx.report(ctx.path(field), `${label3} ${quote(value)} is not a valid selector: ${parsed.error.message} (at character ${parsed.error.offset + 1}). Calico rejects the pool`);
    return;
  }
  if (value.includes("global(") && ctx.from("3.31")) {
    const inLiteral = usesGlobal(parsed.selector) ? "" : " (even inside a quoted value)";
    const said = field === "namespaceSelector" ? calicoSays("global() selector is not valid for IPPool namespaceSelector") : calicoSays("global() selector is not valid for IPPool nodeSelector");
    ctx.report(ctx.path(field), `${label3} ${quote(value)} contains "global(", which Calico v3.31+ refuses anywhere in a pool selector${inLiteral}. Write the labels to match, or all()${said}`);
  }
}
var MAX_SELECTOR_LENGTH2 = 1024;
function checkTunnelNamespaceSelector(ctx) {
  const selector = ctx.value("namespaceSelector");
  if (typeof selector !== "string" || selector === "" || !ctx.from("3.31")) return;
  const uses = ctx.value("allowedUses");
  const said = calicoSays("IP Pool with AllowedUse Tunnel cannot have namespaceSelector");
  const label3 = ctx.label("namespaceSelector");
  if (uses === void 0 || Array.isArray(uses) && uses.length === 0) {
    ctx.report(ctx.path("namespaceSelector"), `${label3} is set on a pool without allowedUses, which Calico defaults to [Workload, Tunnel] before it validates; tunnel addresses belong to nodes, not namespaces. Add \`allowedUses: [Workload]\`${said}`);
    return;
  }
  if (Array.isArray(uses) && uses.includes("Tunnel")) {
    ctx.report(ctx.path("namespaceSelector"), `${label3} is set on a pool that allows Tunnel use; tunnel addresses belong to nodes, not namespaces. Remove Tunnel from allowedUses, or the namespaceSelector${said}`);
  }
}
var FIELD_RELEASES = [["assignmentMode", "3.30"], ["namespaceSelector", "3.31"]];
function checkFieldsFromLaterReleases(ctx) {
  for (const [field, release] of FIELD_RELEASES) {
    if (!Object.hasOwn(ctx.spec, field) || ctx.from(release)) continue;
    ctx.report(ctx.path(field), `${ctx.label(field)} arrived in Calico v${release}, and calicoVersion is ${ctx.calicoVersion}: the IPPool CRD of that release has no such field, so kubectl refuses it (unknown field) and other clients drop it. Remove it, or upgrade Calico (and calicoVersion) to v${release} or later`, "key");
  }
}
function checkOperatorNetwork(ctx, family, network) {
  const written2 = ctx.value("encapsulation");
  if (written2 !== void 0 && !ENCAPSULATIONS.includes(written2)) return;
  const encapsulation = written2 ?? (family === 4 && network.cniType === "Calico" ? "IPIP" : family === void 0 ? void 0 : "None");
  const cni = `spec.cni.type ${quote(network.cniType)}${network.cniWritten ? "" : " (the operator's default for this provider)"}`;
  if (typeof network.cniType === "string" && network.cniType !== "Calico") {
    const selector = ctx.value("nodeSelector");
    const effective = selector === void 0 || selector === "" ? "all()" : selector;
    if (effective !== "all()") {
      ctx.report(ctx.path("nodeSelector"), `${ctx.label("nodeSelector")} is ${quote(selector)}, but with ${cni} the operator requires all(): that CNI plugin, not Calico, chooses where pod addresses come from. Write \`nodeSelector: all()\`` + operatorSays(`IP pool nodeSelector (${String(selector)}) should be 'all()' when using non-Calico CNI plugin`));
    }
    if (written2 !== void 0 && written2 !== "None") {
      ctx.report(ctx.path("encapsulation"), `${ctx.label("encapsulation")} is ${quote(written2)}, but with ${cni} the operator allows only None. Write \`encapsulation: None\`` + operatorSays(`${String(written2)} is invalid for ipPool.encapsulation when using non-Calico CNI, should be None`));
    }
    return;
  }
  if (network.cniType !== "Calico" || encapsulation === void 0) return;
  if (network.ipamType === "Calico" && encapsulation === "None" && network.bgp === "Disabled" && network.clusterRoutingMode !== "Felix") {
    const how = written2 === void 0 ? `, the operator's default for an IPv${family} pool` : "";
    const bgp = network.bgpWritten ? "`spec.calicoNetwork.bgp: Disabled`" : "BGP off (the operator's default on EKS)";
    ctx.report(
      written2 === void 0 ? ctx.pool.namePath : ctx.path("encapsulation"),
      `${ctx.subject} is unencapsulated (encapsulation None${how}) while the Installation has ${bgp}: its routes between nodes are BIRD's to program, over BGP. Enable BGP, or use VXLAN encapsulation` + operatorSays("with BIRD cluster routing mode, unencapsulated IP pools require that BGP is enabled")
    );
  }
  if (network.ipamType === "HostLocal" && (written2 === "VXLAN" || written2 === "VXLANCrossSubnet")) {
    ctx.report(ctx.path("encapsulation"), `${ctx.label("encapsulation")} is ${quote(written2)}, but the host-local IPAM (spec.cni.ipam.type: HostLocal) does not support VXLAN. Use IPIP, IPIPCrossSubnet or None, or Calico IPAM` + operatorSays(`${written2} is invalid for ipPool.encapsulation with Calico CNI and HostLocal IPAM`));
  }
}
function checkUnknownFields(ctx) {
  const known = ctx.isIPPool ? IPPOOL_SPEC_FIELDS : INSTALLATION_POOL_FIELDS;
  const otherApi = ctx.isIPPool ? INSTALLATION_ONLY_HINTS : IPPOOL_ONLY_HINTS;
  const kind = ctx.isIPPool ? "an IPPool spec" : "an Installation pool";
  for (const key of Object.keys(ctx.spec)) {
    if (known.includes(key)) continue;
    const path19 = ctx.path(key);
    const hint = Object.hasOwn(otherApi, key) ? otherApi[key] : void 0;
    if (hint !== void 0) {
      ctx.report(path19, `${ctx.label(key)} is not a field of ${kind}: ${hint}`, "key");
      continue;
    }
    const near = closest(key, known);
    if (near) {
      ctx.report(path19, `${ctx.label(key)} is not a field of ${kind}, so Kubernetes does not read it. Did you mean \`${near}\`? (field names are case-sensitive)`, "key");
    }
  }
}
function checkLegacyFields(ctx, apiVersion) {
  if (ctx.from("3.32")) {
    const modern = { ipip: legacyIpipAdvice(ctx.value("ipip")), "nat-outgoing": legacyNatAdvice(ctx.value("nat-outgoing")) };
    for (const field of ["ipip", "nat-outgoing"]) {
      if (!Object.hasOwn(ctx.spec, field)) continue;
      ctx.report(ctx.path(field), `${ctx.label(field)} is a legacy field that Calico v3.32 removed from the IPPool API: kubectl refuses the unknown field, and other clients drop it, so its setting is lost. ${modern[field]}`, "key");
    }
    return;
  }
  if (apiVersion !== "projectcalico.org/v3") return;
  if (ctx.has("ipip")) {
    ctx.report(ctx.path("ipip"), `${ctx.label("ipip")} is a legacy field for Calico's internal use; projectcalico.org/v3 rejects it. Use \`ipipMode: Always\` or \`ipipMode: CrossSubnet\``, "key");
  }
  if (ctx.value("nat-outgoing") === true) {
    ctx.report(ctx.path("nat-outgoing"), `${ctx.label("nat-outgoing")} is a legacy field for Calico's internal use; projectcalico.org/v3 rejects it when true. Use \`natOutgoing: true\``, "key");
  }
}
function legacyIpipAdvice(ipip) {
  if (!isPlainObject(ipip) || ipip.enabled !== true) return "Write `ipipMode: Never` (or remove it)";
  return ipip.mode === "cross-subnet" ? "Write `ipipMode: CrossSubnet`" : "Write `ipipMode: Always`";
}
function legacyNatAdvice(value) {
  return value === true ? "Write `natOutgoing: true`" : "Remove it (or write `natOutgoing: false`)";
}
function checkInstallationDuplicates(pools, report4) {
  const names = /* @__PURE__ */ new Map();
  const cidrs = /* @__PURE__ */ new Map();
  const label3 = (facts, field) => `ipPools[${String(facts.pool.specPath[facts.pool.specPath.length - 1])}]${field ? `.${field}` : ""}`;
  for (const facts of pools) {
    const { pool } = facts;
    if (typeof pool.name === "string") {
      const first = names.get(pool.name);
      if (first) {
        report4(pool.namePath, `${label3(facts, "name")} ${quote(pool.name)} is already the name of ${label3(first, "")}: each pool needs its own name${operatorSays(`IP pool ${pool.name} is specified more than once`)}`, "value", {
          related: [{ resource: pool.resource, path: first.pool.namePath, message: "First pool with this name" }]
        });
      } else {
        names.set(pool.name, facts);
      }
    }
    if (facts.cidr && facts.cidrText !== void 0) {
      const first = cidrs.get(facts.cidr.canonical);
      if (first && first.cidrText !== void 0) {
        const same = first.cidrText === facts.cidrText;
        report4(
          [...pool.specPath, "cidr"],
          `${label3(facts, "cidr")} ${quote(facts.cidrText)} is ${same ? "the same CIDR as" : `the same network as ${quote(first.cidrText)} in`} ${label3(first, "")}: define each pool once` + (same ? operatorSays(`IP pool ${facts.cidrText} is specified more than once`) : " (Calico rejects the overlapping IPPool)"),
          "value",
          { related: [{ resource: pool.resource, path: [...first.pool.specPath, "cidr"], message: "First pool with this CIDR" }] }
        );
      } else if (!first) {
        cidrs.set(facts.cidr.canonical, facts);
      }
    }
  }
}

// src/resources/namespace-match.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
var matcherCache = /* @__PURE__ */ new Map();
function namespaceMatches(namespace, patterns) {
  if (namespace === void 0) return false;
  return patterns.some((pattern) => {
    let matcher = matcherCache.get(pattern);
    if (!matcher) {
      matcher = (0, import_picomatch.default)(pattern, { dot: true });
      matcherCache.set(pattern, matcher);
    }
    return matcher(namespace);
  });
}

// src/resources/node-network-components.ts
init_resource();
var NODE_NETWORK_IMAGES = {
  "calico/calico": "Calico",
  "calico/node": "Calico",
  "calico/cni": "Calico",
  "calico/typha": "Calico",
  "calico/kube-controllers": "Calico",
  "calico/pod2daemon-flexvol": "Calico",
  "calico/ctl": "Calico",
  "tigera/operator": "Calico (Tigera operator)",
  "flannel-io/flannel": "flannel",
  "flannel-io/flannel-cni-plugin": "flannel",
  "flannel/flannel": "flannel",
  "flannel/flannel-cni-plugin": "flannel",
  "flannelcni/flannel": "flannel",
  "flannelcni/flannel-cni-plugin": "flannel",
  "coreos/flannel": "flannel",
  "rancher/mirrored-flannelcni-flannel": "flannel",
  "rancher/mirrored-flannelcni-flannel-cni-plugin": "flannel",
  "cilium/cilium": "Cilium",
  "cilium/cilium-envoy": "Cilium",
  "cilium/operator": "Cilium",
  "cilium/operator-generic": "Cilium",
  "cilium/operator-aws": "Cilium",
  "cilium/operator-azure": "Cilium",
  "cilium/operator-alibabacloud": "Cilium",
  "kube-proxy": "Kubernetes (kube-proxy)",
  "cloudnativelabs/kube-router": "kube-router",
  "antrea/antrea-agent-ubuntu": "Antrea",
  "antrea/antrea-controller-ubuntu": "Antrea",
  "antrea/antrea-ubuntu": "Antrea",
  "weaveworks/weave-kube": "Weave Net",
  "weaveworks/weave-npc": "Weave Net",
  "k8snetworkplumbingwg/multus-cni": "Multus"
};
var NODE_NETWORK_NAMESPACES = [
  "kube-system",
  "calico-system",
  "tigera-operator",
  "kube-flannel",
  "cilium"
];
var NAMED_BOOTSTRAP_JOBS = [
  { name: "configure-canal", namespace: "kube-system", image: "coreos/etcd", project: "canal" }
];
function imageRepository(image) {
  const withoutDigest = image.split("@")[0];
  const lastSlash = withoutDigest.lastIndexOf("/");
  const colon = withoutDigest.indexOf(":", lastSlash + 1);
  const reference = colon === -1 ? withoutDigest : withoutDigest.slice(0, colon);
  if (!/^[a-z0-9][a-z0-9._\-/:]*$/.test(reference)) return void 0;
  const segments = reference.split("/");
  if (segments.length > 1 && /[.:]|^localhost$/.test(segments[0])) segments.shift();
  return segments.join("/");
}
function projectOfImage(image) {
  const repository = imageRepository(image);
  if (repository === void 0) return void 0;
  const segments = repository.split("/");
  for (let start = 0; start < segments.length; start++) {
    const project = NODE_NETWORK_IMAGES[segments.slice(start).join("/")];
    if (project !== void 0) return project;
  }
  return void 0;
}
function repositoryIs(repository, wanted) {
  return repository !== void 0 && (repository === wanted || repository.endsWith(`/${wanted}`));
}
function containersOf(template) {
  const lists = [template.spec.initContainers, template.spec.containers];
  return lists.flatMap((list2) => Array.isArray(list2) ? list2.filter(isPlainObject) : []);
}
function isKubeControllers(template, containers) {
  if (template.resource.name === "calico-kube-controllers") return true;
  return containers.some((container) => {
    const repository = typeof container.image === "string" ? imageRepository(container.image) : void 0;
    if (repositoryIs(repository, "calico/kube-controllers")) return true;
    return Array.isArray(container.args) && container.args.includes("kube-controllers");
  });
}
function isEtcdMode(containers) {
  return containers.some(
    (container) => Array.isArray(container.env) && container.env.some(
      (variable) => isPlainObject(variable) && (variable.name === "DATASTORE_TYPE" && variable.value === "etcdv3" || variable.name === "ETCD_ENDPOINTS")
    )
  );
}
function nodeNetworkComponent(template) {
  const { resource } = template;
  const namespace = resource.namespace;
  if (namespace === void 0 || !NODE_NETWORK_NAMESPACES.includes(namespace)) return void 0;
  const containers = containersOf(template);
  if (containers.length === 0) return void 0;
  const images = containers.map((container) => typeof container.image === "string" ? container.image : "");
  const bootstrap = NAMED_BOOTSTRAP_JOBS.find(
    (job) => job.name === resource.name && job.namespace === namespace && images.every((image) => repositoryIs(imageRepository(image), job.image))
  );
  if (bootstrap) return bootstrap.project;
  const projects = images.map(projectOfImage);
  if (projects.some((project) => project === void 0)) return void 0;
  if (isKubeControllers(template, containers) && !isEtcdMode(containers)) return void 0;
  return projects[projects.length - 1];
}

// rules/no-host-network.ts
init_text();
var noHostNetwork = {
  meta: {
    id: "no-host-network",
    description: "Pods and pod templates must not use `hostNetwork: true` unless the configuration allows the workload.",
    remediation: "Remove `hostNetwork: true` and request an infra pool with the `cni.projectcalico.org/ipv4pools` annotation on the pod template, or list the workload in `hostNetwork.allow`.",
    docsUrl: docsUrl("no-host-network"),
    defaultSeverity: "error",
    fixable: false,
    scope: "project",
    // Pools too: the message names the IPv6 annotation for an IPv6 infra pool.
    relevantText: /hostNetwork|IPPool|Installation|calicoNetwork/
  },
  check(project, context) {
    for (const resource of project.resources) {
      for (const template of resource.podTemplates) {
        if (template.spec.hostNetwork !== true) continue;
        if (isAllowed(resource.namespace, resource.name, context.config)) continue;
        if (context.config.hostNetwork.allowNodeNetworkComponents && nodeNetworkComponent(template) !== void 0) continue;
        context.report({
          resource,
          path: [...template.path, "spec", "hostNetwork"],
          part: "key",
          message: message(template, project.pools, context.config)
        });
      }
    }
  }
};
function isAllowed(namespace, name, config2) {
  return config2.hostNetwork.allow.some(
    (entry) => namespaceMatches(namespace, [entry.namespace]) && (entry.name === void 0 || entry.name === name)
  );
}
function message(template, pools, config2) {
  const { resource } = template;
  const intro = `\`hostNetwork: true\` puts ${resource.displayName} on the node's network (port clashes, no pod network policy, CVE-2020-15257).`;
  const allowed = config2.infraPools.filter((pool) => namespaceMatches(resource.namespace, pool.allowedNamespaces));
  const infra = allowed.find((pool) => pools.byName(pool.name).length > 0) ?? allowed[0];
  if (!infra) {
    return `${intro} Remove it, or list the workload in \`hostNetwork.allow\` if it truly needs the node's network.`;
  }
  const isIPv6 = pools.byName(infra.name).some((pool) => pool.cidr?.family === 6);
  const annotation2 = isIPv6 ? CALICO_ANNOTATIONS.ipv6pools : CALICO_ANNOTATIONS.ipv4pools;
  const where = [...template.path, "metadata", "annotations"].join(".");
  const value = `'${sanitize(JSON.stringify([infra.name]))}'`;
  if (Object.hasOwn(annotationsOf(template), annotation2)) {
    return `${intro} Namespace ${quote(resource.namespace)} may use infra pool ${quote(infra.name)}, and \`${annotation2}\` is already set under \`${where}\`: remove hostNetwork, so that the pod takes its address from the pool the annotation asks for.`;
  }
  return `${intro} Namespace ${quote(resource.namespace)} may use infra pool ${quote(infra.name)}: remove hostNetwork and add \`${annotation2}: ${value}\` under \`${where}\`.`;
}
function annotationsOf(template) {
  const annotations = template.metadata.annotations;
  return typeof annotations === "object" && annotations !== null && !Array.isArray(annotations) ? annotations : {};
}

// rules/pool-annotation-namespace.ts
init_text();
var poolAnnotationNamespace = {
  meta: {
    id: "pool-annotation-namespace",
    description: "Infra pools may be requested by annotation only in the namespaces allowed to use them.",
    remediation: "Remove the annotation from workloads outside the allowed namespaces, or add the namespace to `infraPools[].allowedNamespaces`.",
    docsUrl: docsUrl("pool-annotation-namespace"),
    defaultSeverity: "error",
    fixable: false,
    scope: "project",
    // Calico annotations, and the pools they name.
    relevantText: /projectcalico\.org|IPPool|Installation|calicoNetwork/
  },
  check(project, context) {
    if (context.config.infraPools.length === 0) return;
    for (const resource of project.resources) {
      for (const site of annotationSites(resource)) {
        if (site.kind === "controller") continue;
        for (const [key, requests] of Object.entries(requestedInfraPools(site, project.pools, context.config))) {
          const forbidden = requests.filter((request) => !namespaceMatches(site.namespace, request.pool.allowedNamespaces));
          if (forbidden.length === 0) continue;
          context.report({
            resource,
            path: [...site.path, key],
            message: forbidden.map((request) => describe(site, key, request)).join(" ")
          });
        }
      }
    }
  }
};
function requestedInfraPools(site, pools, config2) {
  const infraByName = new Map(config2.infraPools.map((pool) => [pool.name, pool]));
  const result = {};
  const ipAddrs = site.kind === "pod" ? site.annotations[CALICO_ANNOTATIONS.ipAddrs] : void 0;
  const poolsIgnored = typeof ipAddrs === "string" && ipAddrs !== "";
  const keys = poolsIgnored ? [] : [CALICO_ANNOTATIONS.ipv4pools, CALICO_ANNOTATIONS.ipv6pools];
  if (site.kind === "pod") keys.push(CALICO_ANNOTATIONS.ipAddrs);
  for (const key of keys) {
    const parsed = parseStringList(site.annotations[key]);
    if (!parsed.ok) continue;
    const requests = [];
    const seen = /* @__PURE__ */ new Set();
    const add = (pool, how) => {
      if (pool && !seen.has(pool.name)) {
        seen.add(pool.name);
        requests.push({ pool, how });
      }
    };
    for (const entry of parsed.items) {
      const cidr = parseCalicoCidr(entry);
      if (key === CALICO_ANNOTATIONS.ipAddrs) {
        if (!cidr.ok || entry.includes("/")) continue;
        for (const pool of pools.containing(cidr.cidr)) add(pool.infra, `address ${quote(entry)}`);
      } else if (cidr.ok && entry.includes("/")) {
        for (const pool of pools.byCidr(cidr.cidr)) add(pool.infra, `CIDR ${quote(entry)}`);
      } else {
        add(infraByName.get(entry), "name");
      }
    }
    if (requests.length > 0) result[key] = requests;
  }
  return result;
}
function describe(site, key, request) {
  const who = site.kind === "namespace" ? `Namespace ${quote(site.namespace)} asks, for every pod in it,` : `${site.resource.displayName} asks`;
  const allowed = request.pool.allowedNamespaces.length ? `only ${request.pool.allowedNamespaces.map((ns) => quote(ns)).join(", ")} may use it` : "no namespace is allowed to use it";
  return `${who} for infra pool ${quote(request.pool.name)} (by ${request.how}) in \`${key}\`, but namespace ${quote(site.namespace)} is not allowed (${allowed}). Remove the request, or add the namespace to \`infraPools[].allowedNamespaces\`.`;
}

// rules/pool-annotation-valid.ts
init_calico_version();
init_calico_models();
init_resource();
init_text();
var poolAnnotationValid = {
  meta: {
    id: "pool-annotation-valid",
    description: "Calico CNI annotations (ipv4pools, ipv6pools, ipAddrs, ipAddrsNoIpam, floatingIPs, ipFamilies) must parse, sit where Calico reads them, and name pools and addresses that exist, are enabled and have the right family in the same cluster.",
    remediation: "Write the value as a JSON list with ASCII quotes, on the pod template (not the controller), naming an enabled pool of the right family by its name or exact CIDR; the message says what to write.",
    docsUrl: docsUrl("pool-annotation-valid"),
    defaultSeverity: "error",
    fixable: false,
    scope: "project",
    // Calico annotations, the pools they name (also inside Helm values), and the CNI config (calico-config) that enables features.
    relevantText: /projectcalico\.org|IPPool|Installation|calicoNetwork|calico-config/
  },
  check(scope, context) {
    const checker = new Checker(scope, context);
    for (const resource of scope.resources) {
      for (const site of annotationSites(resource)) checker.site(site);
    }
  }
};
var PREFIX = "cni.projectcalico.org/";
var MAX_ANNOTATIONS_SIZE = 256 * 1024;
var SUGGESTION_BUDGET = 2e6;
var K = CALICO_ANNOTATIONS;
var NAME_OF_KEY = new Map(
  Object.entries(CALICO_ANNOTATIONS).map(([name, key]) => [key, name])
);
var WRITTEN = new Set(CALICO_WRITTEN_ANNOTATIONS);
var OTHER_KNOWN_SUFFIXES = /* @__PURE__ */ new Set([
  "hwAddr",
  "allowedSourcePrefixes",
  "AllowedSourcePrefixes",
  "networks",
  "vlan",
  "podNetns",
  "network-status"
]);
var POD_ONLY = /* @__PURE__ */ new Set(["ipAddrs", "ipAddrsNoIpam", "floatingIPs"]);
var EXAMPLES = {
  ipv4pools: '["pool-name"]',
  ipv6pools: '["pool-name"]',
  ipAddrs: '["10.0.0.5"]',
  ipAddrsNoIpam: '["10.0.0.5"]',
  floatingIPs: '["203.0.113.10"]',
  ipFamilies: '["IPv4"]'
};
var ENTRY_WORDS = {
  ipv4pools: "a quoted name or CIDR",
  ipv6pools: "a quoted name or CIDR",
  ipAddrs: "a quoted IP address",
  ipAddrsNoIpam: "a quoted IP address",
  floatingIPs: "a quoted IP address",
  ipFamilies: 'a quoted "IPv4" or "IPv6"'
};
var Checker = class {
  constructor(scope, context) {
    this.scope = scope;
    this.context = context;
    const named = context.config.clusters.some((cluster) => cluster.name === scope.name);
    this.scopeLabel = named ? `cluster ${quote(scope.name)}` : "the linted files";
  }
  scope;
  context;
  scopeLabel;
  site(site) {
    const ipAddrs = site.kind === "pod" ? site.annotations[K.ipAddrs] : void 0;
    const poolsIgnored = typeof ipAddrs === "string" && ipAddrs !== "";
    for (const [key, value] of Object.entries(site.annotations)) {
      const at2 = (part = "value") => ({ resource: site.resource, path: [...site.path, key], part });
      const report4 = (message2, part = "value", related2) => this.context.report({ ...at2(part), message: sentence(message2), ...related2?.length ? { related: related2 } : {} });
      if (WRITTEN.has(key)) {
        const hint = key.endsWith("/containerID") ? "" : `; to request an address, use ${c(K.ipAddrs)}`;
        report4(
          `${c(key)} is written by Calico itself when it sets up the pod: a value written by hand does not choose anything and is overwritten. Remove it${hint}`,
          "key"
        );
        continue;
      }
      const name = NAME_OF_KEY.get(key);
      if (name === void 0) {
        const typo = typoOf(key);
        if (typo) {
          report4(
            `${quote(key)} is not an annotation Calico reads, so it does nothing (keys are case-sensitive). Did you mean ${c(typo)}?`,
            "key"
          );
        }
        continue;
      }
      if (site.kind === "controller") {
        const template = site.resource.podTemplates[0];
        const target = [...template.path, "metadata", "annotations"].join(".");
        const already = Object.prototype.hasOwnProperty.call(template.metadata.annotations ?? {}, key) ? " (the pod template already sets it: delete this copy)" : "";
        report4(
          `${c(key)} on a ${escapeControl(site.resource.kind)}'s own metadata does nothing: Calico reads it only from pods and Namespaces. Move it to ${c(target)}${already}`,
          "key"
        );
        continue;
      }
      if (site.kind === "namespace" && POD_ONLY.has(name)) {
        report4(
          `${c(key)} on a Namespace does nothing: Calico reads it only from the pod's own annotations (only ipv4pools, ipv6pools and ipFamilies are read from the Namespace). Move it to the pod or pod template that needs it`,
          "key"
        );
        continue;
      }
      if (value === "" || value === null) continue;
      if (typeof value === "string" && value.length > MAX_ANNOTATIONS_SIZE) {
        report4(
          `${c(key)} is ${Math.ceil(value.length / 1024)} KB long, but Kubernetes rejects an object whose annotations total more than 256 KB ("metadata.annotations: Too long: must have at most 262144 bytes"). List only the pools or addresses meant`
        );
        continue;
      }
      const parsed = parseStringList(value, { example: EXAMPLES[name], entry: ENTRY_WORDS[name] });
      if (!parsed.ok) {
        const problem = parsed.problem;
        const repaired = repairList(value);
        const fix = repaired ? `. Write it as ${c(`${key}: ${repaired}`)}` : "";
        report4(`${c(key)} ${problem}${fix}${this.afterRepair(key, name, value)}`);
        continue;
      }
      const messages = /* @__PURE__ */ new Set();
      const once = (message2, related2) => {
        if (messages.has(message2)) return;
        messages.add(message2);
        report4(message2, "value", related2);
      };
      switch (name) {
        case "ipv4pools":
        case "ipv6pools": {
          if (poolsIgnored) break;
          const resolved = [];
          for (const entry of parsed.items) {
            const pool = this.poolEntry(key, name === "ipv4pools" ? 4 : 6, entry, once);
            if (pool) resolved.push(pool);
          }
          this.poolUses(key, resolved, once);
          break;
        }
        case "ipAddrs":
        case "ipAddrsNoIpam":
        case "floatingIPs":
          this.addresses(key, name, parsed.items, once, value);
          if (name === "ipAddrsNoIpam") this.bothAddrs(site, once);
          if (name === "floatingIPs" || name === "ipAddrsNoIpam" && !hasValue(site.annotations[K.ipAddrs])) {
            if (parsed.items.length > 0) this.feature(key, name, once);
          }
          break;
        case "ipFamilies":
          this.families(key, parsed.items, once, value);
          break;
      }
    }
  }
  /**
   * What would still be wrong once the quotes are fixed (the published recipe
   * also names a pool that does not exist): the pool checks, run on the
   * repaired entries and appended to the parse message.
   */
  afterRepair(key, name, value) {
    if (name !== "ipv4pools" && name !== "ipv6pools" || repairList(value) === void 0) return "";
    const later = [];
    for (const entry of guessList(value) ?? []) {
      this.poolEntry(key, name === "ipv4pools" ? 4 : 6, entry, (message2) => later.push(message2));
    }
    return later.length > 0 ? `. Even then: ${later.join(" ")}` : "";
  }
  // ── ipv4pools / ipv6pools ────────────────────────────────────────────────
  /** Checks one entry; returns the pool it names, when there is one. */
  poolEntry(key, family, entry, report4) {
    const other = family === 4 ? K.ipv6pools : K.ipv4pools;
    const calicoFamilyError = `Calico fails the pod: "isn't a IPv${family} address"`;
    if (entry.includes("/")) {
      const parsed = parseCalicoCidr(entry);
      if (!parsed.ok) {
        report4(
          `${c(key)}: ${quote(entry)} is neither a valid CIDR (${parsed.reason}) nor a pool name (Calico fails the pod: "error parsing pool"). Write a pool's name or its exact CIDR`
        );
        return;
      }
      const cidr = parsed.cidr;
      if (cidr.family !== family) {
        report4(`${c(key)}: ${quote(entry)} is an IPv${cidr.family} CIDR, but ${c(key)} takes IPv${family} pools only (${calicoFamilyError}). Move it to ${c(other)}`);
        return;
      }
      const exact = this.scope.pools.byCidr(cidr);
      if (exact.length > 0) return this.requestedPool(key, exact, report4);
      const gone = `Calico fails the pod: "the given pool (${cidr.canonical}) does not exist, or is not enabled"`;
      if (this.scope.pools.pools.length === 0) {
        report4(`${c(key)}: no pool has CIDR ${quote(entry)} (${gone}): ${this.noPools()}`);
        return;
      }
      const around = this.scope.pools.containing(cidr).filter((pool) => pool.cidr.canonical !== cidr.canonical);
      if (around.length > 0) {
        const pool = around[0];
        report4(
          `${c(key)}: ${quote(entry)} is not the CIDR of any pool in ${this.scopeLabel}; it lies inside pool ${label2(pool)} (${pool.cidr.canonical}), and Calico accepts only a pool's exact CIDR, not a subset (${gone}). Write ${writeAs(pool)}`,
          [related(pool, "the pool that contains it")]
        );
        return;
      }
      const inside = this.scope.pools.pools.filter((pool) => pool.cidr && pool.cidr.family === cidr.family && cidr.first <= pool.cidr.first && pool.cidr.last <= cidr.last);
      const hint = inside.length > 0 ? `; pool ${label2(inside[0])} (${inside[0].cidr.canonical}) lies inside it. Write ${writeAs(inside[0])} to use that pool` : `. Write a pool's name or its exact CIDR${this.knownPools(family)}`;
      report4(
        `${c(key)}: ${quote(entry)} is not the CIDR of any pool in ${this.scopeLabel} (${gone})${hint}`,
        inside.length > 0 ? [related(inside[0], "a pool inside that CIDR")] : void 0
      );
      return;
    }
    const named = this.scope.pools.byName(entry);
    if (named.length > 0) {
      const pool = named[0];
      if (pool.cidr && pool.cidr.family !== family) {
        report4(
          `${c(key)}: pool ${quote(entry)} is IPv${pool.cidr.family} (${pool.cidr.canonical}), but ${c(key)} takes IPv${family} pools only (${calicoFamilyError}). Move it to ${c(other)}`,
          [related(pool, "the pool")]
        );
        return;
      }
      return this.requestedPool(key, named, report4);
    }
    const notFound = 'Calico fails the pod: "error parsing pool"';
    const address = parseCalicoCidr(entry);
    if (address.ok) {
      const owner = this.scope.pools.containing(address.cidr)[0];
      const pick2 = owner ? `Write ${writeAs(owner)} to use the pool that contains it` : "Write a pool's name or its exact CIDR";
      report4(
        `${c(key)}: ${quote(entry)} is an IP address, not a pool name or CIDR (${notFound}). ${pick2}; to request this exact address, use ${c(K.ipAddrs)}`
      );
      return;
    }
    if (this.scope.pools.pools.length === 0) {
      report4(`${c(key)}: no pool is named ${quote(entry)} (${notFound}): ${this.noPools()}`);
      return;
    }
    const guess = this.suggest(entry, family);
    if (guess !== void 0) {
      report4(
        `${c(key)}: no pool is named ${quote(entry)} in ${this.scopeLabel} (${notFound}). Did you mean ${quote(guess)}?`,
        [related(this.scope.pools.byName(guess)[0], "the pool with the closest name")]
      );
      return;
    }
    report4(`${c(key)}: no pool is named ${quote(entry)} in ${this.scopeLabel} (${notFound}). Write the name of an existing pool${this.knownPools(family)}`);
  }
  /** A pool that the entry resolved to: it must be enabled (determinePools). */
  requestedPool(key, pools, report4) {
    const pool = pools.find((p) => !isDisabled3(p)) ?? pools[0];
    if (isDisabled3(pool)) {
      const field = pool.definition.origin === "Installation" ? "disableNewAllocations: true" : "spec.disabled: true";
      const cidr = pool.cidr ? pool.cidr.canonical : quote(pool.definition.spec.cidr);
      report4(
        `${c(key)}: pool ${label2(pool)} is disabled (${c(field)}), so Calico refuses it ("the given pool (${cidr}) does not exist, or is not enabled"). Enable the pool or request another one`,
        [related(pool, "the disabled pool", disabledPath2(pool))]
      );
      return void 0;
    }
    return pool;
  }
  /**
   * IPAM filters the requested pools by use (ipam.go prepareAffinityBlocksForHost, filterPoolsByUse):
   * a Tunnel-only pool listed beside a Workload pool is skipped; only when no listed pool allows
   * Workload use does the pod fail.
   */
  poolUses(key, pools, report4) {
    if (pools.length === 0 || pools.some(allowsWorkload)) return;
    const pool = pools[0];
    const uses = pool.definition.spec.allowedUses;
    const others = pools.length > 1 ? ", and neither does any other pool listed" : "";
    report4(
      `${c(key)}: pool ${label2(pool)} does not allow Workload use (allowedUses: ${uses.slice(0, 5).map((u) => quote(u)).join(", ")}${uses.length > 5 ? ", …" : ""})${others}, so Calico never gives pods addresses from it ("no pools match the required use (Workload)"). Add Workload to its allowedUses or request another pool`,
      [related(pool, "the pool", [...pool.definition.specPath, "allowedUses"])]
    );
  }
  /**
   * ipAddrsNoIpam and floatingIPs fail the pod unless the CNI config's feature_control enables them
   * (k8s.go: "requested feature is not enabled: ip_addrs_no_ipam" / "floating_ips"). The operator's
   * CNI config never sets feature_control (tigera/operator pkg/render has no such key); a manifest
   * install sets it in the calico-config ConfigMap's cni_network_config. Reported only when the
   * linted files show which one configures the CNI.
   */
  feature(key, name, report4) {
    const flag = name === "ipAddrsNoIpam" ? "ip_addrs_no_ipam" : "floating_ips";
    const failure2 = `Calico fails the pod: "requested feature is not enabled: ${flag}"`;
    const fix = name === "ipAddrsNoIpam" ? `Use ${c(K.ipAddrs)}, which takes the address from a pool through IPAM` : "Remove it";
    const cni = this.cniConfig();
    if (cni.configMaps.length > 0) {
      if (cni.configMaps.some((configMap2) => enablesFeature(configMap2, flag))) return;
      const configMap = cni.configMaps[0];
      report4(
        `${c(key)} needs \`"feature_control": {"${flag}": true}\` in the CNI config, and the calico-config ConfigMap at ${this.context.where({ resource: configMap, path: ["metadata", "name"] })} does not enable it (${failure2}). Enable it there (it is off by default for good reason: ${name === "ipAddrsNoIpam" ? "an address outside IPAM escapes its checks" : "it changes where traffic goes"}), or: ${fix}`,
        [{ resource: configMap, path: ["metadata", "name"], message: "the CNI config" }]
      );
      return;
    }
    if (cni.installations.length > 0) {
      report4(
        `${c(key)} needs the CNI feature ${flag}, which the Tigera operator never enables (the Installation at ${this.context.where({ resource: cni.installations[0], path: ["metadata", "name"] })} manages this cluster's CNI config), so Calico fails the pod ("requested feature is not enabled: ${flag}"). ${fix}`
      );
    }
  }
  cniConfigCache;
  cniConfig() {
    if (this.cniConfigCache) return this.cniConfigCache;
    const configMaps = [];
    const installations = [];
    for (const resource of this.scope.resources) {
      if (resource.kind === "ConfigMap" && resource.apiVersion === "v1" && resource.name === "calico-config" && typeof getIn(resource.object, ["data", "cni_network_config"]) === "string") {
        configMaps.push(resource);
      } else if (resource.kind === "Installation" && resource.apiVersion === INSTALLATION_API_VERSION) {
        installations.push(resource);
      }
    }
    this.cniConfigCache = { configMaps, installations };
    return this.cniConfigCache;
  }
  // ── ipAddrs / ipAddrsNoIpam / floatingIPs ────────────────────────────────
  addresses(key, name, items, report4, value) {
    if (items.length === 0) {
      if (name !== "floatingIPs") {
        report4(`${c(key)} ${emptyList(value)}, which Calico rejects ("specified but empty"). List one address per family, or remove the annotation`);
      }
      return;
    }
    const perFamily = { 4: 0, 6: 0 };
    const valid = [];
    for (const item of items) {
      const parsed = item.includes("/") ? void 0 : parseCalicoCidr(item);
      if (!parsed?.ok) {
        const bare = hostPrefixed(item);
        const why = name === "floatingIPs" ? "the WorkloadEndpoint fails validation" : 'Calico fails the pod: "invalid IP format"';
        const fix = bare !== void 0 ? `Write ${quote(bare)} without the prefix length` : `Write a bare address such as ${name === "floatingIPs" ? '"203.0.113.10"' : '"10.0.0.5"'} or "fd00::5"`;
        report4(`${c(key)}: ${quote(item)} is not an IP address (${why}). ${fix}`);
        continue;
      }
      perFamily[parsed.cidr.family]++;
      valid.push({ text: item, cidr: parsed.cidr });
    }
    if (name !== "floatingIPs") {
      for (const family of [4, 6]) {
        if (perFamily[family] > 1) {
          report4(
            `${c(key)} lists ${perFamily[family]} IPv${family} addresses, but a pod gets at most one per family (Calico fails the pod: "cannot have more than one IPv${family} address"). Keep one`
          );
        }
      }
    }
    if (name !== "ipAddrs") return;
    for (const { text, cidr } of valid) {
      const owners = this.scope.pools.containing(cidr);
      const notInPool = 'Calico fails the pod: "The provided IP address is not in a configured pool"';
      if (owners.length === 0) {
        if (this.scope.pools.pools.length === 0) {
          report4(`${c(key)}: ${quote(text)} is in no pool (${notInPool}): ${this.noPools()}`);
        } else {
          report4(`${c(key)}: ${quote(text)} is in no pool of ${this.scopeLabel} (${notInPool}). Pick an address inside an enabled IPv${cidr.family} pool${this.knownPools(cidr.family, true)}`);
        }
        continue;
      }
      const owner = owners.find((pool) => !isDisabled3(pool));
      if (owner && !allowsWorkload(owner) && calicoAtLeast(this.context.config.calicoVersion, "3.33")) {
        const uses = owner.definition.spec.allowedUses;
        report4(
          `${c(key)}: ${quote(text)} is in pool ${label2(owner)}, which does not allow Workload use (allowedUses: ${uses.slice(0, 5).map((u) => quote(u)).join(", ")}). From Calico v3.33 IPAM refuses it and the pod fails (Calico: IP address ${cidr.canonical.replace(/\/\d+$/, "")} is in IP pool ${owner.name === void 0 ? "…" : quote(owner.name)}, which is not allowed for use "Workload"). Pick an address in a Workload pool, or add Workload to its allowedUses`,
          [related(owner, "the pool", [...owner.definition.specPath, "allowedUses"])]
        );
        continue;
      }
      if (owners.every(isDisabled3)) {
        const pool = owners[0];
        const field = pool.definition.origin === "Installation" ? "disableNewAllocations: true" : "spec.disabled: true";
        report4(
          `${c(key)}: ${quote(text)} is in pool ${label2(pool)}, which is disabled (${c(field)}); Calico assigns addresses only from enabled pools (${notInPool}). Enable the pool or pick another address`,
          [related(pool, "the disabled pool", disabledPath2(pool))]
        );
      }
    }
  }
  /** k8s.go: both ipAddrs and ipAddrsNoIpam on one pod is an error. Reported once, at ipAddrsNoIpam. */
  bothAddrs(site, report4) {
    const other = site.annotations[K.ipAddrs];
    if (other === void 0 || other === "" || other === null) return;
    report4(
      `${c(K.ipAddrsNoIpam)} and ${c(K.ipAddrs)} are both set, which Calico rejects ("can't have both annotations: 'ipAddrs' and 'ipAddrsNoIpam' in use at the same time"). Keep only one: ipAddrs (an address from a pool, through IPAM) or ipAddrsNoIpam (bypasses IPAM)`,
      [{ resource: site.resource, path: [...site.path, K.ipAddrs], part: "value", message: `${c(K.ipAddrs)} is set here` }]
    );
  }
  // ── ipFamilies ───────────────────────────────────────────────────────────
  families(key, items, report4, value) {
    if (items.length === 0) {
      report4(
        `${c(key)} ${emptyList(value)}: Calico then assigns no address of either family and the pod fails ("IPAM plugin returned missing IP config"). List "IPv4", "IPv6" or both`
      );
      return;
    }
    for (const item of items) {
      if (item === "IPv4" || item === "IPv6") continue;
      const lower = item.toLowerCase();
      const guess = lower.includes("4") && !lower.includes("6") ? '"IPv4"' : lower.includes("6") && !lower.includes("4") ? '"IPv6"' : void 0;
      report4(
        `${c(key)}: ${quote(item)} is not an IP family; Calico accepts only "IPv4" and "IPv6", case-sensitive (Calico fails the pod: "error parsing ipFamilies"). ${guess ? `Write ${guess}` : 'Write "IPv4" or "IPv6"'}`
      );
    }
  }
  // ── helpers ──────────────────────────────────────────────────────────────
  noPools() {
    return `no IPPool or Installation pool is defined in ${this.scopeLabel} at all. Lint the pool manifests together with this file (in the same cluster, if you configure \`clusters\`), or fix the value`;
  }
  /**
   * The pool name closest to a name that does not exist, for "did you mean".
   * Comparing every unknown name with every pool is quadratic (a dump of a big
   * cluster holds thousands of both), so the comparisons have a budget; past
   * it, messages list pools without a guess.
   */
  suggest(entry, family) {
    const key = `${family} ${entry}`;
    if (this.suggestions.has(key)) return this.suggestions.get(key);
    const names = this.poolNames(family);
    let guess;
    if (names.length <= this.suggestionBudget) {
      this.suggestionBudget -= names.length;
      guess = closest(entry, names);
    }
    this.suggestions.set(key, guess);
    return guess;
  }
  suggestions = /* @__PURE__ */ new Map();
  suggestionBudget = SUGGESTION_BUDGET;
  poolNamesCache = /* @__PURE__ */ new Map();
  knownPoolsCache = /* @__PURE__ */ new Map();
  poolNames(family) {
    const cached2 = this.poolNamesCache.get(family);
    if (cached2) return cached2;
    const names = this.computePoolNames(family);
    this.poolNamesCache.set(family, names);
    return names;
  }
  computePoolNames(family) {
    const names = this.scope.pools.pools.filter((pool) => pool.name !== void 0 && (!pool.cidr || pool.cidr.family === family)).map((pool) => pool.name);
    return [...new Set(names)];
  }
  /** "; pools here: "a", "b"" — at most three, of the family asked for. */
  knownPools(family, withCidr = false) {
    const key = `${family} ${withCidr}`;
    let text = this.knownPoolsCache.get(key);
    if (text === void 0) {
      text = this.computeKnownPools(family, withCidr);
      this.knownPoolsCache.set(key, text);
    }
    return text;
  }
  computeKnownPools(family, withCidr) {
    const pools = this.scope.pools.pools.filter((pool) => pool.cidr?.family === family && !isDisabled3(pool));
    if (pools.length === 0) return "";
    const shown2 = pools.slice(0, 3).map((pool) => withCidr ? `${label2(pool)} (${pool.cidr.canonical})` : label2(pool));
    return ` (IPv${family} pools here: ${shown2.join(", ")}${pools.length > 3 ? ", …" : ""})`;
  }
};
function c(text) {
  return `\`${text}\``;
}
function sentence(message2) {
  return /[.?!]$/.test(message2) ? message2 : `${message2}.`;
}
function hasValue(value) {
  return value !== void 0 && value !== null && value !== "";
}
function emptyList(value) {
  return typeof value === "string" && value.trim() === "null" ? "is `null` (an empty list to Calico)" : "is an empty list";
}
function allowsWorkload(pool) {
  const uses = pool.definition.spec.allowedUses;
  return !Array.isArray(uses) || uses.length === 0 || uses.includes("Workload");
}
var FEATURE_ON = {
  ip_addrs_no_ipam: /"ip_addrs_no_ipam"\s*:\s*true/,
  floating_ips: /"floating_ips"\s*:\s*true/
};
function enablesFeature(configMap, flag) {
  const config2 = getIn(configMap.object, ["data", "cni_network_config"]);
  return typeof config2 === "string" && FEATURE_ON[flag].test(config2);
}
function isDisabled3(pool) {
  const spec = pool.definition.spec;
  return pool.definition.origin === "Installation" ? spec.disableNewAllocations === true : spec.disabled === true;
}
function disabledPath2(pool) {
  return [...pool.definition.specPath, pool.definition.origin === "Installation" ? "disableNewAllocations" : "disabled"];
}
function label2(pool) {
  return pool.name !== void 0 ? quote(pool.name) : `with CIDR ${pool.cidr?.canonical ?? quote(pool.definition.spec.cidr)}`;
}
function writeAs(pool) {
  if (pool.name !== void 0 && pool.cidr) return `${quote(pool.name)} or "${pool.cidr.canonical}"`;
  if (pool.name !== void 0) return quote(pool.name);
  return `"${pool.cidr.canonical}"`;
}
function related(pool, message2, path19) {
  const definition = pool.definition;
  const cidrPath2 = [...definition.specPath, "cidr"];
  return {
    resource: definition.resource,
    path: path19 && definition.resource.has(path19) ? path19 : definition.resource.has(cidrPath2) ? cidrPath2 : definition.namePath,
    message: message2
  };
}
function hostPrefixed(item) {
  const parsed = parseCalicoCidr(item);
  if (!parsed.ok || !item.includes("/")) return void 0;
  const full = parsed.cidr.family === 4 ? 32 : 128;
  return parsed.cidr.prefixLength === full ? item.slice(0, item.indexOf("/")) : void 0;
}
var CHECKED_SUFFIXES = Object.values(CALICO_ANNOTATIONS).map((key) => key.slice(PREFIX.length));
var WRITTEN_SUFFIXES = CALICO_WRITTEN_ANNOTATIONS.map((key) => key.slice(PREFIX.length));
function typoOf(key) {
  if (!key.startsWith(PREFIX)) return void 0;
  const suffix = key.slice(PREFIX.length);
  if (suffix.includes(".") || suffix.startsWith("vpp") || OTHER_KNOWN_SUFFIXES.has(suffix)) return void 0;
  const guess = closest(suffix, [...CHECKED_SUFFIXES, ...WRITTEN_SUFFIXES]);
  if (guess === void 0 || !CHECKED_SUFFIXES.includes(guess)) return void 0;
  return PREFIX + guess;
}
var TYPOGRAPHIC_DOUBLE = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
var TYPOGRAPHIC_SINGLE = /[\u2018\u2019\u201a\u201b]/g;
var LIST_TOKEN = /^[A-Za-z0-9_.:/-]+$/;
function repairList(value) {
  const items = guessList(value);
  if (!items || items.length === 0 || !items.every((item) => LIST_TOKEN.test(item))) return void 0;
  const text = `'[${items.map((item) => `"${escapeControl(item)}"`).join(", ")}]'`;
  return text.length <= 100 ? text : void 0;
}
function guessList(value) {
  if (Array.isArray(value)) {
    return value.every((item) => typeof item === "string" || typeof item === "number") ? value.map(String) : void 0;
  }
  if (typeof value !== "string") return void 0;
  let text = value.replace(TYPOGRAPHIC_DOUBLE, '"').replace(TYPOGRAPHIC_SINGLE, "'").trim();
  const asList = (candidate) => {
    try {
      const parsed = JSON.parse(candidate);
      if (Array.isArray(parsed) && parsed.every((item) => typeof item === "string")) return parsed;
      if (typeof parsed === "string") return [parsed];
    } catch {
    }
    return void 0;
  };
  const direct = asList(text);
  if (direct) return direct;
  if (text.length >= 2 && /^["']/.test(text) && /["']$/.test(text)) {
    text = text.slice(1, -1).trim();
    const inner = asList(text);
    if (inner) return inner;
  }
  if (text.startsWith("[") && text.endsWith("]")) text = text.slice(1, -1);
  return text.split(",").map((token2) => token2.trim().replace(/^["']|["']$/g, ""));
}

// rules/selector-yaml-tag.ts
init_parse_manifest();
init_resource();
init_text();
var SELECTOR_KEY = /selector$/i;
var MAX_WRITTEN = 200;
function clipped(text) {
  return text.length <= MAX_WRITTEN ? text : `${text.slice(0, MAX_WRITTEN)}…`;
}
var EVERYTHING = {
  nodeSelector: "every node",
  namespaceSelector: "every namespace"
};
var selectorYamlTag = {
  meta: {
    id: "selector-yaml-tag",
    description: "A selector written unquoted after `!` is a YAML tag: the field silently becomes empty, which selects everything.",
    remediation: 'Quote every selector that starts with `!`: nodeSelector: "!all()".',
    docsUrl: docsUrl("selector-yaml-tag"),
    defaultSeverity: "error",
    fixable: false,
    scope: "resource",
    // A key ending in `selector`, then (past blanks, comments or an anchor) a `!`. Each alternative
    // starts with its own character, so the pattern runs in linear time on any text.
    // (Letter classes rather than the i flag, so the gate can join it with the other patterns.)
    relevantText: /[sS][eE][lL][eE][cC][tT][oO][rR]["']?\s*:(?:\s|#[^\n]*\n|&\S*(?=\s))*!/
  },
  check(resource, context) {
    const base = resource.path;
    for (const tag of unresolvedTagsIn(resource.doc, base)) {
      const inResource = base.every((segment, i) => tag.path[i] === segment);
      const key = tag.path[tag.path.length - 1];
      if (!inResource || typeof key !== "string" || !SELECTOR_KEY.test(key)) continue;
      const readAs = getIn(resource.doc.value, tag.path);
      const written2 = escapeControl(clipped(tag.written));
      const field = echo(key, 80);
      if (tag.tag === "!" && typeof readAs === "string") {
        const meant = escapeControl(clipped(`!${readAs}`));
        const read = escapeControl(clipped(readAs));
        context.report({
          resource,
          range: tag.range,
          message: `Unquoted \`${written2}\` is YAML's non-specific tag \`!\` followed by \`${read}\`: Kubernetes reads \`${field}\` as \`${read}\`, without the \`!\`, the opposite of what was meant. Quote it: \`${field}: "${meant}"\``
        });
        continue;
      }
      const problem = readAs === "" || readAs === null || readAs === void 0 ? `Unquoted \`${written2}\` is a YAML tag, not a selector: \`${field}\` is read as empty, which Calico treats as \`all()\` (${EVERYTHING[key] ?? "everything"})` : `Unquoted \`${written2}\` starts with the YAML tag \`${escapeControl(clipped(tag.tag))}\`: kubectl cannot parse it, and other YAML readers drop the tag`;
      context.report({
        resource,
        range: tag.range,
        message: `${problem}. Quote it: \`${field}: "${written2}"\``
      });
    }
  }
};

// rules/index.ts
var allRules = [
  selectorYamlTag,
  ippoolInfraNodeSelector,
  ippoolValid,
  ippoolMisplacedField,
  noHostNetwork,
  poolAnnotationNamespace,
  poolAnnotationValid,
  ippoolCidrOverlap,
  ippoolDuplicateName,
  installationName,
  ippoolDedicatedAutoAssign,
  fixedAddressReplicas,
  // Compared with the base branch (--base):
  ippoolImmutableChange,
  ippoolAllowedUsesChange,
  installationPoolChange,
  ippoolRemovedInUse,
  ippoolEnvChange,
  // The whole address space, from facts read from the repository (src/facts/):
  poolOverlapsClusterRange,
  installationPoolOutsidePodCidr,
  ippoolOutsidePodCidr,
  loadbalancerPoolNotAdvertised,
  serviceLoadbalancerAnnotation,
  calicoNodePoolEnv,
  cniConfigPools,
  ipreservationRange,
  poolCapacity,
  clusterFactsConflict
];

// src/pipeline.ts
init_load_config();
init_config_root();

// src/kustomize/namespaces.ts
init_parse_manifest();
init_read_sources();
import { existsSync as existsSync3, realpathSync, statSync as statSync2 } from "node:fs";
import path7 from "node:path";
var KUSTOMIZATION_FILE_NAMES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
var MAX_KUSTOMIZATION_SIZE = 1024 * 1024;
var MAX_KUSTOMIZATIONS = 1e4;
function isRemote(entry) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(entry) || /^(?:git@|github\.com\/|gitlab\.com\/|bitbucket\.org\/)/.test(entry) || entry.includes("?ref=");
}
function isInside2(file, root) {
  const relative = path7.relative(root, file);
  return relative === "" || !relative.startsWith("..") && !path7.isAbsolute(relative);
}
var KustomizeResolver = class {
  constructor(root) {
    this.root = root;
    this.realRoot = safeRealpath(root) ?? path7.resolve(root);
  }
  root;
  realRoot;
  loaded = /* @__PURE__ */ new Map();
  /** The kustomization file of a folder, if it has one inside the repository. */
  kustomizationIn(folder) {
    for (const name of KUSTOMIZATION_FILE_NAMES) {
      const candidate = path7.join(folder, name);
      if (existsSync3(candidate) && this.isSafe(candidate)) return candidate;
    }
    return void 0;
  }
  /** A path inside the repository, also once links are resolved. */
  isSafe(file) {
    if (!isInside2(path7.resolve(file), path7.resolve(this.root))) return false;
    const real = safeRealpath(file);
    return real !== void 0 && isInside2(real, this.realRoot);
  }
  load(file) {
    if (this.loaded.has(file)) return this.loaded.get(file);
    if (this.loaded.size >= MAX_KUSTOMIZATIONS || !this.isSafe(file)) return void 0;
    this.loaded.set(file, void 0);
    const read = readRegularFileSync(file, MAX_KUSTOMIZATION_SIZE);
    if (!read.ok) return void 0;
    const value = parseManifest(file, read.bytes.toString("utf8"), { yamlVersion: "1.1" }).documents[0]?.value;
    if (typeof value !== "object" || value === null || Array.isArray(value)) return void 0;
    const data = value;
    const folder = path7.dirname(file);
    const kustomization = {
      file,
      namespace: typeof data.namespace === "string" && data.namespace !== "" ? data.namespace : void 0,
      files: [],
      children: []
    };
    for (const key of ["resources", "bases", "components"]) {
      const entries = data[key];
      if (!Array.isArray(entries)) continue;
      for (const entry of entries) {
        if (typeof entry !== "string" || entry === "" || isRemote(entry)) continue;
        const target = path7.resolve(folder, entry);
        if (!this.isSafe(target)) continue;
        const info = safeStat(target);
        if (info?.isDirectory()) {
          const child = this.kustomizationIn(target);
          if (child !== void 0) kustomization.children.push(child);
        } else if (info?.isFile()) {
          kustomization.files.push(target);
        }
      }
    }
    this.loaded.set(file, kustomization);
    return kustomization;
  }
};
function safeRealpath(file) {
  try {
    return realpathSync(file);
  } catch {
    return void 0;
  }
}
function safeStat(file) {
  try {
    return statSync2(file);
  } catch {
    return void 0;
  }
}
function kustomizeNamespaces(lintedFiles, root, discoveredFiles = lintedFiles) {
  const resolver = new KustomizeResolver(root);
  const candidates = /* @__PURE__ */ new Set();
  const folders = /* @__PURE__ */ new Set();
  for (const file of discoveredFiles) {
    if (KUSTOMIZATION_FILE_NAMES.includes(path7.basename(file)) && isInside2(file, root)) candidates.add(file);
  }
  for (const file of lintedFiles) {
    for (let folder = path7.dirname(file); isInside2(folder, root) && !folders.has(folder); folder = path7.dirname(folder)) {
      folders.add(folder);
      const found = resolver.kustomizationIn(folder);
      if (found !== void 0) candidates.add(found);
      if (folder === path7.dirname(folder)) break;
    }
  }
  const included = /* @__PURE__ */ new Set();
  const kustomizations = [...candidates].sort().map((file) => resolver.load(file)).filter((k) => k !== void 0);
  const pending = [...kustomizations];
  while (pending.length > 0) {
    const current = pending.pop();
    for (const child of current.children) {
      included.add(child);
      const loaded = resolver.load(child);
      if (loaded !== void 0 && !candidates.has(child)) {
        candidates.add(child);
        pending.push(loaded);
      }
    }
  }
  const namespaces = /* @__PURE__ */ new Map();
  for (const file of [...candidates].sort()) {
    if (included.has(file)) continue;
    render(resolver, file, void 0, /* @__PURE__ */ new Set(), namespaces);
  }
  const linted = new Set(lintedFiles);
  const result = /* @__PURE__ */ new Map();
  for (const [file, set] of namespaces) {
    const [only] = set;
    if (linted.has(file) && set.size === 1 && only !== void 0) result.set(file, only);
  }
  return result;
}
function render(resolver, file, outer, onPath, namespaces) {
  if (onPath.has(file)) return;
  const kustomization = resolver.load(file);
  if (kustomization === void 0) return;
  const namespace = outer ?? kustomization.namespace;
  onPath.add(file);
  for (const manifest of kustomization.files) {
    const set = namespaces.get(manifest) ?? /* @__PURE__ */ new Set();
    set.add(namespace);
    namespaces.set(manifest, set);
  }
  for (const child of kustomization.children) render(resolver, child, namespace, onPath, namespaces);
  onPath.delete(file);
}

// src/pipeline.ts
init_find_files();

// src/engine/suppressions.ts
init_resource();
init_text();
import path10 from "node:path";
var invalidSuppression = {
  id: "invalid-suppression",
  description: "A suppression directive without a reason, naming an unknown rule, or malformed: it suppresses nothing.",
  remediation: "Write `<rule-id>[, <rule-id>...] -- <reason>` with existing rule ids and a reason after ` -- `.",
  docsUrl: docsUrl("invalid-suppression"),
  defaultSeverity: "error",
  fixable: false,
  scope: "engine"
};
var unusedSuppression = {
  id: "unused-suppression",
  description: "A suppression directive that suppresses no finding of a rule it names.",
  remediation: "Remove the directive, or the rule ids it names that no longer report anything there.",
  docsUrl: docsUrl("unused-suppression"),
  defaultSeverity: "warn",
  fixable: false,
  scope: "engine"
};
var suppressionRules = [invalidSuppression, unusedSuppression];
var COMMENT_DIRECTIVE = "calico-lint-disable-next-line";
var ANNOTATION_KEY = "calico-lint/disable";
var COMMENT_EXAMPLE = `# ${COMMENT_DIRECTIVE} <rule-id> -- <reason>`;
var ANNOTATION_EXAMPLE = `${ANNOTATION_KEY}: "<rule-id> -- <reason>"`;
var COMMENT_KEYWORD = /^calico-lint-(?:disable|enable)[a-z-]*/i;
var RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
var REASON_SEPARATOR = /(?:^|\s)--(?:\s|$)/;
function applySuppressions(findings, options) {
  const directives = [];
  const invalid = [];
  const collect = (form, filePath, range, parsed, covers, unusedMessage) => {
    if (parsed.ok) {
      directives.push({ form, filePath, range, ruleIds: parsed.ruleIds, reason: parsed.reason, covers, unusedMessage, used: /* @__PURE__ */ new Set() });
    } else {
      invalid.push({ filePath, range, message: parsed.problem });
    }
  };
  for (const file of options.files) {
    if (path10.extname(file.filePath).toLowerCase() === ".json") continue;
    for (const comment of file.comments) {
      const parsed = parseComment(comment.text, options.knownRuleIds);
      if (parsed === void 0) continue;
      const target = comment.nextContentLine;
      collect(
        "comment",
        file.filePath,
        comment.range,
        parsed,
        (finding) => finding.range.line === target,
        (ids) => target === void 0 ? "Unused suppression: no YAML content follows it" : `Unused suppression: no ${listOfIds(ids)} finding on line ${target} to suppress`
      );
    }
  }
  for (const resource of options.resources) {
    for (const metadataPath of annotatedMetadataPaths(resource)) {
      const annotationPath = [...metadataPath, "annotations", ANNOTATION_KEY];
      const annotations = getIn(resource.object, [...metadataPath, "annotations"]);
      if (!isPlainObject(annotations) || !Object.hasOwn(annotations, ANNOTATION_KEY)) continue;
      const value = annotations[ANNOTATION_KEY];
      const objectRange = resource.locate([]);
      collect(
        "annotation",
        resource.doc.filePath,
        resource.locate(annotationPath),
        parseAnnotation(value, options.knownRuleIds),
        (finding) => contains(objectRange, finding.range),
        (ids) => `Unused suppression: no ${listOfIds(ids)} finding in ${quote(resource.displayName)} to suppress`
      );
    }
  }
  const byFile = /* @__PURE__ */ new Map();
  for (const directive of directives) {
    const list2 = byFile.get(directive.filePath) ?? [];
    list2.push(directive);
    byFile.set(directive.filePath, list2);
  }
  const result = findings.map((finding) => {
    if (finding.ruleId === null || finding.fatal) return finding;
    const ruleId = finding.ruleId;
    const suppressions = [];
    for (const directive of byFile.get(finding.filePath) ?? []) {
      if (!directive.ruleIds.includes(ruleId) || !directive.covers(finding)) continue;
      directive.used.add(ruleId);
      suppressions.push({ kind: "directive", justification: directive.reason });
    }
    return suppressions.length > 0 ? { ...finding, suppressions } : finding;
  });
  const invalidSeverity = severityOf(invalidSuppression, options);
  if (invalidSeverity !== void 0) {
    for (const problem of invalid) {
      result.push({
        ruleId: invalidSuppression.id,
        severity: invalidSeverity,
        message: problem.message,
        filePath: problem.filePath,
        range: problem.range,
        // What the directive says, not where: CI fingerprints stay put when unrelated lines move.
        fingerprintKey: `invalid directive: ${problem.message}`
      });
    }
  }
  const unusedSeverity = severityOf(unusedSuppression, options);
  if (unusedSeverity !== void 0) {
    const brokenFiles = new Set(findings.filter((finding) => finding.fatal).map((finding) => finding.filePath));
    const ran = new Set(options.ranRuleIds);
    for (const directive of directives) {
      const unused = directive.ruleIds.filter((id) => ran.has(id) && !directive.used.has(id));
      if (unused.length === 0) continue;
      if (directive.form === "comment" && brokenFiles.has(directive.filePath)) continue;
      result.push({
        ruleId: unusedSuppression.id,
        severity: unusedSeverity,
        message: directive.unusedMessage(unused),
        filePath: directive.filePath,
        range: directive.range,
        // The directive's own words (its message names a line number): stable when other lines move.
        fingerprintKey: `unused ${directive.form}: ${unused.join(", ")} -- ${directive.reason}`
      });
    }
  }
  return result;
}
function listOfIds(ids) {
  return ids.map((id) => quote(id)).join(" or ");
}
function severityOf(meta2, options) {
  const setting = options.config.rules[meta2.id] ?? meta2.defaultSeverity;
  if (setting === "off" || options.quiet && setting === "warn") return void 0;
  return setting === "error" ? 2 : 1;
}
function contains(outer, inner) {
  const afterStart = inner.line > outer.line || inner.line === outer.line && inner.column >= outer.column;
  const beforeEnd = inner.line < outer.endLine || inner.line === outer.endLine && inner.column < outer.endColumn;
  return afterStart && beforeEnd;
}
function annotatedMetadataPaths(resource) {
  const paths = [["metadata"]];
  for (const template of resource.podTemplates) {
    if (template.path.length > 0) paths.push([...template.path, "metadata"]);
  }
  return paths;
}
function parseComment(text, knownRuleIds) {
  const content = text.replace(/^#/, "").trim();
  const keyword = COMMENT_KEYWORD.exec(content)?.[0];
  if (keyword === void 0) return void 0;
  if (keyword !== COMMENT_DIRECTIVE) {
    return {
      ok: false,
      problem: `Unknown directive ${quote(keyword)}: comments support only \`${COMMENT_DIRECTIVE}\` (write \`${COMMENT_EXAMPLE}\`; for a whole object use the annotation \`${ANNOTATION_EXAMPLE}\`)`
    };
  }
  const body = content.slice(keyword.length);
  if (body !== "" && !/^\s/.test(body)) {
    return { ok: false, problem: `Malformed suppression: write \`${COMMENT_EXAMPLE}\`` };
  }
  return parseBody(body, COMMENT_EXAMPLE, knownRuleIds);
}
function parseAnnotation(value, knownRuleIds) {
  if (typeof value !== "string") {
    return { ok: false, problem: `Malformed suppression: the annotation must be a string, write \`${ANNOTATION_EXAMPLE}\`` };
  }
  return parseBody(value, ANNOTATION_EXAMPLE, knownRuleIds);
}
function parseBody(body, example, knownRuleIds) {
  const separator = REASON_SEPARATOR.exec(body);
  const list2 = (separator ? body.slice(0, separator.index) : body).trim();
  const reason = separator ? body.slice(separator.index + separator[0].length).trim() : "";
  if (list2 === "") {
    return { ok: false, problem: `Malformed suppression: name the rules it suppresses, \`${example}\`` };
  }
  const noReason = { ok: false, problem: `Suppression without a reason: say why after " -- ", \`${example}\`` };
  if (!separator && /\s/.test(list2)) return noReason;
  const ruleIds = [];
  for (const written2 of list2.split(",")) {
    const id = written2.trim();
    if (id === "") {
      return { ok: false, problem: `Malformed suppression: empty rule id in ${quote(list2)}, separate rule ids with ", "` };
    }
    if (/\s/.test(id)) {
      return { ok: false, problem: `Malformed suppression: ${quote(id)} is not a rule id, separate rule ids with ", "` };
    }
    if (suppressionRules.some((meta2) => meta2.id === id)) {
      return { ok: false, problem: `${quote(id)} cannot be suppressed by a directive: set its severity under \`rules:\` in the configuration` };
    }
    if (!RULE_ID.test(id) || !knownRuleIds.includes(id)) {
      const suggestion = closest(id, knownRuleIds);
      return {
        ok: false,
        problem: `Unknown rule ${quote(id)} in a suppression` + (suggestion ? ` (did you mean ${quote(suggestion)}?)` : "")
      };
    }
    if (!ruleIds.includes(id)) ruleIds.push(id);
  }
  if (reason === "") return noReason;
  return { ok: true, ruleIds, reason };
}

// src/engine/config-checks.ts
var import_picomatch3 = __toESM(require_picomatch2(), 1);
init_parse_manifest();
init_read_sources();
init_text();
import path11 from "node:path";
var configUnmatched = {
  id: "config-unmatched",
  description: "An `infraPools` name that no linted pool has, or a `clusters[].paths` glob that matches no linted file.",
  remediation: "Correct the name or the glob (a typo turns checks off or merges clusters silently), or remove the entry.",
  docsUrl: docsUrl("config-unmatched"),
  defaultSeverity: "warn",
  fixable: false,
  scope: "engine"
};
var START = { line: 1, column: 1, endLine: 1, endColumn: 1 };
function isInside4(folder, root) {
  const relative = path11.relative(root, folder);
  return relative === "" || !relative.startsWith("..") && !path11.isAbsolute(relative);
}
function checkConfiguration(input) {
  const { config: config2 } = input;
  const setting = config2.rules[configUnmatched.id] ?? configUnmatched.defaultSeverity;
  if (config2.filePath === void 0 || setting === "off" || input.quiet && setting === "warn") return [];
  const severity = setting === "error" ? 2 : 1;
  const problems = [];
  const poolNames = /* @__PURE__ */ new Set();
  for (const resource of input.resources) {
    for (const pool of resource.pools) if (pool.name !== void 0) poolNames.add(pool.name);
  }
  const wholeRepository = input.walkedFolders.some((folder) => isInside4(config2.baseDir, folder));
  if (wholeRepository && poolNames.size > 0) {
    config2.infraPools.forEach((pool, i) => {
      if (poolNames.has(pool.name)) return;
      const suggestion = closest(pool.name, [...poolNames]);
      problems.push({
        path: ["infraPools", i, "name"],
        message: `infraPools[${i}].name: no linted IPPool or Installation pool is named ${quote(pool.name)}` + (suggestion ? ` (did you mean ${quote(suggestion)}?)` : "") + ", so the infra-pool checks do nothing for it."
      });
    });
  }
  const sortedFiles = config2.clusters.length === 0 ? [] : [...input.lintedFiles].sort();
  config2.clusters.forEach((cluster, i) => {
    cluster.paths.forEach((glob, j) => {
      const base = path11.resolve(config2.baseDir, import_picomatch3.default.scan(glob).base);
      if (!input.walkedFolders.some((folder) => isInside4(base, folder))) return;
      const matches2 = (0, import_picomatch3.default)(glob, { dot: true });
      const relative = (file) => path11.relative(config2.baseDir, file).split(path11.sep).join("/");
      if (filesStartingWith(sortedFiles, base).some((file) => matches2(relative(file)))) return;
      problems.push({
        path: ["clusters", i, "paths", j],
        message: `clusters[${i}].paths[${j}]: ${quote(glob)} matches no linted file, so cluster ${quote(cluster.name)} gets none from it (paths start from ${quote(path11.relative(input.cwd, config2.baseDir) || ".")}).`
      });
    });
  });
  if (problems.length === 0) return [];
  const locate = configLocator(config2.filePath);
  return problems.map(({ path: keyPath, message: message2 }) => ({
    ruleId: configUnmatched.id,
    severity,
    message: message2,
    filePath: config2.filePath,
    range: locate(keyPath),
    fingerprintKey: `configuration ${keyPath.join(".")} ${message2}`
  }));
}
function filesStartingWith(sorted, prefix) {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = low + high >> 1;
    if (sorted[middle] < prefix) low = middle + 1;
    else high = middle;
  }
  let end = low;
  while (end < sorted.length && sorted[end].startsWith(prefix)) end++;
  return sorted.slice(low, end);
}
function configLocator(filePath) {
  const read = readRegularFileSync(filePath, 1024 * 1024);
  if (!read.ok) return () => START;
  const doc = parseManifest(filePath, read.bytes.toString("utf8"), { yamlVersion: "1.2" }).documents[0];
  return (keyPath) => doc?.locate(keyPath) ?? START;
}

// src/pipeline.ts
init_errors();

// src/format/lint-results.ts
function toLintResults(filePaths, findings) {
  const byFile = /* @__PURE__ */ new Map();
  for (const filePath of filePaths) byFile.set(filePath, []);
  for (const finding of findings) {
    const list2 = byFile.get(finding.filePath) ?? [];
    list2.push(finding);
    byFile.set(finding.filePath, list2);
  }
  return [...byFile].map(([filePath, fileFindings]) => {
    const messages = fileFindings.filter((f) => !f.suppressions).map(toMessage).sort(byPosition);
    const suppressedMessages = fileFindings.filter((f) => f.suppressions).map((f) => ({ ...toMessage(f), suppressions: f.suppressions })).sort(byPosition);
    const errorCount = messages.filter((m) => m.severity === 2).length;
    return {
      filePath,
      messages,
      suppressedMessages,
      errorCount,
      fatalErrorCount: messages.filter((m) => m.fatal).length,
      warningCount: messages.length - errorCount,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: []
    };
  });
}
function toMessage(finding) {
  const message2 = {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    line: finding.range.line,
    column: finding.range.column,
    endLine: finding.range.endLine,
    endColumn: finding.range.endColumn
  };
  if (finding.fatal) message2.fatal = true;
  if (finding.related) message2.relatedLocations = finding.related;
  if (finding.fingerprintKey !== void 0) message2.fingerprintKey = finding.fingerprintKey;
  withCluster(message2, finding.cluster);
  return message2;
}
function byPosition(a, b) {
  return a.line - b.line || a.column - b.column || (a.ruleId ?? "").localeCompare(b.ruleId ?? "");
}
function rulesMeta(rules) {
  return Object.fromEntries(
    rules.map((rule) => [
      rule.meta.id,
      {
        type: "problem",
        docs: { description: rule.meta.description, url: rule.meta.docsUrl }
      }
    ])
  );
}
function totals(results) {
  return results.reduce(
    (sum, result) => ({ errorCount: sum.errorCount + result.errorCount, warningCount: sum.warningCount + result.warningCount }),
    { errorCount: 0, warningCount: 0 }
  );
}

// src/engine/run-rules.ts
import path12 from "node:path";

// src/resources/pool-index.ts
var PoolIndex = class {
  pools;
  /** The lookups are built on first use: most runs need only some of them. */
  namesIndex;
  cidrsIndex;
  networksIndex;
  constructor(resources, config2) {
    const infraByName = new Map(config2.infraPools.map((pool) => [pool.name, pool]));
    const parsedPools = [];
    for (const resource of resources) {
      for (const definition of resource.pools) {
        const parsed = typeof definition.spec.cidr === "string" ? parseCalicoCidr(definition.spec.cidr) : void 0;
        parsedPools.push({ definition, cidr: parsed?.ok ? parsed.cidr : void 0 });
      }
    }
    const generated = operatorPoolNames(parsedPools);
    this.pools = parsedPools.map(({ definition, cidr }) => {
      const written2 = definition.origin === "Installation" && definition.name === "" ? void 0 : definition.name;
      const name = written2 ?? generated.get(definition);
      return {
        definition,
        name,
        generatedName: written2 === void 0 && name !== void 0,
        cidr,
        infra: name === void 0 ? void 0 : infraByName.get(name)
      };
    });
  }
  /** Pools with this metadata.name (or Installation pool name). */
  byName(name) {
    this.namesIndex ??= groupBy(this.pools, (pool) => pool.name);
    return this.namesIndex.get(name) ?? [];
  }
  /** Pools whose CIDR is exactly this one (compared in canonical form). */
  byCidr(cidr) {
    this.cidrsIndex ??= groupBy(this.pools, (pool) => pool.cidr?.canonical);
    return this.cidrsIndex.get(cidr.canonical) ?? [];
  }
  /**
   * Pools whose CIDR contains the address (a /32 or /128 Cidr) or the whole
   * range, in file order. A lookup per prefix length in use, not a scan: a
   * `kubectl get -A -o yaml` dump can hold thousands of pools and pods.
   */
  containing(address) {
    const { networks, prefixLengths, order } = this.networksIndex ??= this.buildNetworks();
    const bits = address.family === 4 ? 32 : 128;
    const found = [];
    for (const prefixLength of prefixLengths[address.family]) {
      if (prefixLength > address.prefixLength) continue;
      const hostBits = BigInt(bits - prefixLength);
      const first = address.first >> hostBits << hostBits;
      for (const pool of networks.get(networkKey(address.family, prefixLength, first)) ?? []) {
        if (pool.cidr && address.last <= pool.cidr.last) found.push(pool);
      }
    }
    return found.sort((a, b) => order.get(a) - order.get(b));
  }
  buildNetworks() {
    const networks = /* @__PURE__ */ new Map();
    const prefixLengths = { 4: /* @__PURE__ */ new Set(), 6: /* @__PURE__ */ new Set() };
    const order = /* @__PURE__ */ new Map();
    this.pools.forEach((pool, index) => {
      order.set(pool, index);
      if (!pool.cidr) return;
      push(networks, networkKey(pool.cidr.family, pool.cidr.prefixLength, pool.cidr.first), pool);
      prefixLengths[pool.cidr.family].add(pool.cidr.prefixLength);
    });
    return { networks, prefixLengths, order };
  }
};
function operatorPoolNames(pools) {
  const ippoolNames = /* @__PURE__ */ new Map();
  for (const { definition, cidr } of pools) {
    if (definition.origin === "IPPool" && cidr && definition.name !== void 0 && !ippoolNames.has(cidr.canonical)) {
      ippoolNames.set(cidr.canonical, definition.name);
    }
  }
  const byInstallation = /* @__PURE__ */ new Map();
  for (const pool of pools) {
    if (pool.definition.origin !== "Installation") continue;
    const list2 = byInstallation.get(pool.definition.resource);
    if (list2) list2.push(pool);
    else byInstallation.set(pool.definition.resource, [pool]);
  }
  const names = /* @__PURE__ */ new Map();
  for (const list2 of byInstallation.values()) {
    const families = list2.map((pool) => pool.cidr?.family);
    const dualStack = list2.length === 2 && families.includes(4) && families.includes(6);
    for (const { definition, cidr } of list2) {
      if (definition.name !== void 0 && definition.name !== "" || !cidr) continue;
      const existing = ippoolNames.get(cidr.canonical);
      if (existing !== void 0) names.set(definition, existing);
      else if (list2.length === 1 || dualStack) names.set(definition, cidr.family === 6 ? "default-ipv6-ippool" : "default-ipv4-ippool");
      else names.set(definition, cidrToName(cidr));
    }
  }
  return names;
}
function cidrToName(cidr) {
  const address = cidr.canonical.slice(0, cidr.canonical.indexOf("/"));
  if (cidr.family === 4) return `${address}-${cidr.prefixLength}`;
  const groups = [];
  for (let i = 7; i >= 0; i--) groups.push((cidr.first >> BigInt(i * 16) & 0xffffn).toString(16).padStart(4, "0"));
  return `${groups.join(".")}-${cidr.prefixLength}`;
}
function groupBy(pools, keyOf2) {
  const map = /* @__PURE__ */ new Map();
  for (const pool of pools) {
    const key = keyOf2(pool);
    if (key !== void 0) push(map, key, pool);
  }
  return map;
}
function networkKey(family, prefixLength, first) {
  return `${family}/${prefixLength}/${first}`;
}
function push(map, key, value) {
  const list2 = map.get(key);
  if (list2) list2.push(value);
  else map.set(key, [value]);
}

// src/engine/run-rules.ts
init_errors();
init_text();
function severityOf2(rule, config2) {
  return config2.rules[rule.meta.id] ?? rule.meta.defaultSeverity;
}
function enabledRules(rules, config2, quiet) {
  const enabled = [];
  for (const rule of rules) {
    const setting = severityOf2(rule, config2);
    if (setting === "off" || quiet && setting === "warn") continue;
    enabled.push({ rule, severity: setting === "error" ? 2 : 1 });
  }
  return enabled;
}
function runRules(rules, scopes, config2, cwd = config2.baseDir) {
  const findings = [];
  const where = (location) => {
    const { line, column } = locateFinding(location);
    const file = location.resource.doc.filePath;
    const shown2 = path12.isAbsolute(file) ? path12.relative(cwd, file).split(path12.sep).join("/") : file;
    return `${sanitize(shown2)}:${line}:${column}`;
  };
  for (const { rule, severity } of rules) {
    let cluster;
    const context = {
      config: config2,
      where,
      report: (report4) => {
        const finding = withCluster(toFinding(rule.meta.id, severity, report4), cluster);
        if (finding.otherSide) withCluster(finding.otherSide, cluster);
        findings.push(finding);
      }
    };
    for (const scope of scopes) {
      cluster = scope.name;
      if (isProjectRule(rule)) {
        guarded(rule.meta.id, findings, () => rule.check(scope, context), scope.resources[0], scope.name);
      } else {
        for (const resource of scope.resources) guarded(rule.meta.id, findings, () => rule.check(resource, context), resource);
      }
    }
  }
  return findings;
}
function guarded(ruleId, findings, check, resource, scope) {
  try {
    check();
  } catch (error2) {
    if (resource === void 0) throw error2;
    let range;
    try {
      range = locateFinding({ resource });
    } catch {
      range = { line: 1, column: 1, endLine: 1, endColumn: 1 };
    }
    const subject = scope === void 0 ? resource.displayName : `the resources of cluster scope ${quote(scope)}`;
    findings.push({
      ruleId,
      severity: 2,
      message: `rule crashed: ${describeCrash(error2)}, while checking ${subject}. This is a bug in calico-lint (please report it); the other rules still ran`,
      filePath: resource.doc.filePath,
      range
    });
  }
}
var RESOURCE_ANCHORS = [["metadata", "name"], ["kind"]];
function isProjectRule(rule) {
  return rule.meta.scope === "project";
}
function locateFinding(location) {
  if (location.range) return location.range;
  const { resource } = location;
  const path19 = location.path ?? RESOURCE_ANCHORS.find((anchor2) => resource.has(anchor2)) ?? [];
  return resource.locate(path19, location.part);
}
function toFinding(ruleId, severity, report4) {
  const finding = {
    ruleId,
    severity,
    message: report4.message,
    filePath: report4.resource.doc.filePath,
    range: locateFinding(report4)
  };
  if (report4.related?.length) {
    finding.related = report4.related.map((related2) => ({
      filePath: related2.resource.doc.filePath,
      range: locateFinding(related2),
      message: related2.message
    }));
  }
  finding.fingerprintKey = [report4, ...report4.related ?? []].map(identityOf).join("; related ");
  if (report4.otherSide) finding.otherSide = toFinding(ruleId, severity, report4.otherSide);
  return finding;
}
function identityOf(location) {
  const { resource } = location;
  const name = resource.name ?? `(document ${resource.doc.index + 1}${resource.path.length > 0 ? ` ${formatPath(resource.path)}` : ""})`;
  const id = [resource.kind, resource.namespace, name].filter((part) => part !== void 0).join("/");
  const where = formatPath(location.path ?? []);
  return where === "" ? id : `${id} ${where}`;
}
function formatPath(segments) {
  let text = "";
  for (const segment of segments) {
    if (typeof segment === "number") text += `[${segment}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(segment)) text += text === "" ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}
function withBaseScopes(scopes, baseScopes, config2) {
  const byName = new Map(baseScopes.map((scope) => [scope.name, scope]));
  return scopes.map((scope) => ({
    ...scope,
    base: byName.get(scope.name) ?? { name: scope.name, resources: [], pools: new PoolIndex([], config2) }
  }));
}
function groupByScope(resources, scopeOf, config2) {
  const byName = /* @__PURE__ */ new Map();
  for (const resource of resources) {
    const name = scopeOf(resource);
    const list2 = byName.get(name) ?? [];
    list2.push(resource);
    byName.set(name, list2);
  }
  return [...byName].map(([name, list2]) => ({ name, resources: list2, pools: new PoolIndex(list2, config2) }));
}

// src/lint.ts
init_relevance();

// src/engine/scopes.ts
var import_picomatch4 = __toESM(require_picomatch2(), 1);
init_defaults();
import path13 from "node:path";
function scopeMatcher(config2) {
  const clusters = config2.clusters.map((cluster) => ({
    name: cluster.name,
    matches: (0, import_picomatch4.default)(cluster.paths, { dot: true })
  }));
  if (clusters.length === 0) return () => DEFAULT_SCOPE;
  const known = /* @__PURE__ */ new Map();
  return (filePath) => {
    let scope = known.get(filePath);
    if (scope === void 0) {
      const relative = path13.relative(config2.baseDir, path13.resolve(config2.baseDir, filePath)).split(path13.sep).join("/");
      scope = clusters.find((cluster) => cluster.matches(relative))?.name ?? DEFAULT_SCOPE;
      known.set(filePath, scope);
    }
    return scope;
  };
}

// src/lint.ts
init_errors();
init_analyze_file();
init_resource();
function relevanceGateFor(options) {
  if (options.parseAll) return EVERYTHING2;
  return relevanceGate(enabledRules(options.rules, options.config, options.quiet ?? false).map(({ rule }) => rule));
}
function lintAnalyses(analyses, loadText, options) {
  const { config: config2 } = options;
  const findings = [];
  const resources = [];
  const comments = [];
  for (const analysis of analyses) {
    const { filePath } = analysis;
    for (const problem of analysis.problems) {
      findings.push({ ruleId: null, severity: 2, fatal: true, message: problem.message, filePath, range: problem.range });
    }
    if (analysis.documents.length === 0 && analysis.comments.length === 0) continue;
    const fileResources = [];
    try {
      const namespaceOverride = options.namespaceOf?.(filePath);
      const resourceOptions = namespaceOverride === void 0 ? config2 : { defaultNamespace: config2.defaultNamespace, namespaceOverride };
      for (const doc of lazyDocuments(analysis, () => loadText(filePath))) {
        for (const resource of resourcesOf(doc, resourceOptions)) fileResources.push(resource);
      }
    } catch (error2) {
      findings.push(fatal(filePath, `Internal error while reading this file (a bug in calico-lint; please report it): ${describeCrash(error2)}`));
      continue;
    }
    for (const resource of fileResources) resources.push(resource);
    if (analysis.comments.length > 0) comments.push({ filePath, comments: analysis.comments });
  }
  const scopeOf = scopeMatcher(config2);
  const byScope = (resource) => scopeOf(resource.doc.filePath);
  let scopes = groupByScope(resources, byScope, config2);
  const { change } = options;
  if (change !== void 0) {
    scopes = withBaseScopes(scopes, groupByScope(baseResources(resources, change, config2), byScope, config2), config2);
  }
  const quiet = options.quiet ?? false;
  const enabled = enabledRules(options.rules, config2, quiet);
  for (const finding of placeOnChangedSide(runRules(enabled, scopes, config2, options.cwd), change?.changes)) findings.push(finding);
  if (options.walkedFolders !== void 0) {
    const lintedFiles = analyses.map((analysis) => analysis.filePath);
    const input = { config: config2, resources, lintedFiles, walkedFolders: options.walkedFolders, quiet, cwd: options.cwd ?? config2.baseDir };
    for (const finding of checkConfiguration(input)) findings.push(finding);
  }
  options.onScopes?.(scopes);
  const all = applySuppressions(findings, {
    files: comments,
    resources,
    config: config2,
    quiet,
    knownRuleIds: options.rules.map((rule) => rule.meta.id),
    ranRuleIds: enabled.map(({ rule }) => rule.meta.id)
  });
  if (change === void 0) return all;
  const aboutTheChange = new Set(options.rules.filter((rule) => rule.meta.comparesBase).map((rule) => rule.meta.id));
  return filterFindings(all, change.changes, change.filterMode, (finding) => finding.ruleId !== null && aboutTheChange.has(finding.ruleId));
}
function baseResources(headResources, change, config2) {
  const resources = headResources.filter((resource) => !change.changes.files.has(resource.doc.filePath));
  for (const analysis of change.baseAnalyses) {
    try {
      for (const doc of lazyDocuments(analysis, () => change.loadBaseText(analysis.filePath))) {
        for (const resource of resourcesOf(doc, config2)) resources.push(resource);
      }
    } catch {
    }
  }
  return resources;
}
function fatal(filePath, message2, range) {
  return {
    ruleId: null,
    severity: 2,
    fatal: true,
    message: message2,
    filePath,
    range: range ?? { line: 1, column: 1, endLine: 1, endColumn: 1 }
  };
}

// src/parallel/analyze-files.ts
init_relevance();
init_analyze_file();
init_read_sources();
import { existsSync as existsSync4 } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

// src/parallel/heap.ts
import { setFlagsFromString } from "node:v8";
var WORKER_SEMI_SPACE_MB = 5;
var paced = false;
function afterWorkerStart() {
  if (paced) keepYoungGenerations();
}
function keepYoungGenerations() {
  setFlagsFromString("--semi-space-growth-factor=1");
}

// src/parallel/analyze-files.ts
var THREAD_THRESHOLD = 2e6;
var BATCH_TEXT = 256e3;
var MAX_WORKER_TEXT = 256e3;
var WORKER_HEAP_MB = 32;
function workerScript() {
  if (!import.meta.url.endsWith(".js")) return void 0;
  const url = new URL("./analyze-worker.js", import.meta.url);
  return url.protocol === "file:" && existsSync4(fileURLToPath(url)) ? url : void 0;
}
async function analyzeFiles(files, options) {
  const gate = gateFromSpec(options.gate);
  const threads = Math.max(1, options.threads ?? availableParallelism());
  const script = threads > 1 ? workerScript() : void 0;
  const results = new Array(files.length);
  const intern = interner();
  const hold = (index, analysis) => compactAnalysis(analysis, files[index], intern);
  let pool;
  let waiting = [];
  let waitingText = 0;
  let totalText = 0;
  const flush = () => {
    if (waiting.length === 0 || pool === void 0) return;
    pool.dispatch(waiting);
    waiting = [];
    waitingText = 0;
  };
  for (let index = 0; index < files.length; index++) {
    const source = readSourceSync(files[index], { maxFileSize: options.maxFileSize });
    const text = source.problem === void 0 ? textToParse(source.text, gate) : void 0;
    if (text === void 0) {
      results[index] = notParsed(source);
      continue;
    }
    const size = parsedSize(text);
    if (script === void 0 || size > MAX_WORKER_TEXT) {
      results[index] = hold(index, parseText(source.filePath, text));
      continue;
    }
    waiting.push({ index, filePath: source.filePath, text });
    waitingText += size;
    totalText += size;
    if (pool === void 0 && script !== void 0 && totalText >= THREAD_THRESHOLD) pool = new ParsePool(script, threads, options.maxFileSize, hold);
    if (pool !== void 0 && waitingText >= BATCH_TEXT) {
      flush();
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  if (pool === void 0) {
    for (const { index, filePath, text } of waiting) results[index] = hold(index, parseText(filePath, text));
    return results;
  }
  flush();
  try {
    for (const { index, analysis } of await pool.finish(gate)) results[index] = analysis;
  } finally {
    await pool.close();
  }
  return results;
}
function parsedSize({ text }) {
  return text.length;
}
var ParsePool = class {
  workers;
  /** What each batch holds; not the texts, which the worker has (and this thread can read again). */
  batches = [];
  /** The texts of batches not yet sent (dropped once sent). */
  texts = /* @__PURE__ */ new Map();
  maxFileSize;
  done = [];
  hold;
  resolvers = [];
  /** Batches not yet sent, in order. */
  queue = [];
  /** Per worker: the batches sent and not yet answered. */
  pending;
  dead = /* @__PURE__ */ new Set();
  constructor(script, threads, maxFileSize, hold) {
    this.maxFileSize = maxFileSize;
    this.hold = hold;
    const resourceLimits = { maxYoungGenerationSizeMb: 2 * WORKER_SEMI_SPACE_MB, maxOldGenerationSizeMb: WORKER_HEAP_MB };
    this.workers = Array.from({ length: threads }, () => new Worker(script, { resourceLimits }));
    this.pending = this.workers.map(() => /* @__PURE__ */ new Set());
    for (const worker of this.workers) worker.once("online", afterWorkerStart);
    this.workers.forEach((worker, w) => {
      const pending = this.pending[w];
      worker.on("message", (result) => {
        pending.delete(result.batch);
        const files = this.batches[result.batch];
        this.resolvers[result.batch]?.(result.error === void 0 ? result.analyses.map((analysis, i) => this.hold(files[i].index, analysis)) : void 0);
        this.pump();
      });
      const retire = () => {
        this.dead.add(w);
        for (const batch of pending) this.resolvers[batch]?.(void 0);
        pending.clear();
        this.pump();
      };
      worker.on("error", retire);
      worker.on("exit", retire);
    });
  }
  dispatch(items) {
    const batch = this.batches.length;
    this.batches.push(items.map(({ index, filePath }) => ({ index, filePath })));
    this.texts.set(batch, items.map(({ filePath, text }) => ({ filePath, text })));
    this.done.push(new Promise((resolve) => {
      this.resolvers[batch] = resolve;
    }));
    this.queue.push(batch);
    this.pump();
  }
  /** Sends queued batches to the live workers with room; with none alive, this thread takes them. */
  pump() {
    const alive = this.workers.map((_, w) => w).filter((w) => !this.dead.has(w));
    if (alive.length === 0) {
      for (const batch of this.queue.splice(0)) this.resolvers[batch](void 0);
      return;
    }
    while (this.queue.length > 0) {
      const w = alive.reduce((best, candidate) => this.pending[candidate].size < this.pending[best].size ? candidate : best);
      if (this.pending[w].size >= 2) return;
      const batch = this.queue.shift();
      this.pending[w].add(batch);
      const request = { batch, files: this.texts.get(batch) };
      this.texts.delete(batch);
      this.workers[w].postMessage(request);
    }
  }
  /** Every batch's analyses; a batch a worker could not finish is parsed in this thread: the same result. */
  async finish(gate) {
    const answered = await Promise.all(this.done);
    return answered.flatMap((analyses, batch) => this.batches[batch].map(({ index, filePath }, i) => ({
      index,
      analysis: analyses?.[i] ?? this.hold(index, analyzeSource(readSourceSync(filePath, { maxFileSize: this.maxFileSize }), gate))
    })));
  }
  async close() {
    for (let w = 0; w < this.workers.length; w++) this.dead.add(w);
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
};

// src/pipeline.ts
init_analyze_file();
init_read_sources();
init_text();

// src/version.ts
import { readFileSync as readFileSync3 } from "node:fs";
import path14 from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
function readVersion() {
  let dir = path14.dirname(fileURLToPath2(import.meta.url));
  for (; ; ) {
    try {
      const pkg = JSON.parse(readFileSync3(path14.join(dir, "package.json"), "utf8"));
      if (pkg.name === "calico-lint" && pkg.version) return pkg.version;
    } catch {
    }
    const parent = path14.dirname(dir);
    if (parent === dir) return "0.0.0";
    dir = parent;
  }
}
var VERSION2 = readVersion();

// src/pipeline.ts
var RULE_DESCRIPTIONS = [...allRules.map((rule) => rule.meta), ...suppressionRules, configUnmatched].map(
  ({ id, description, remediation, docsUrl: docsUrl2, defaultSeverity }) => ({ id, description, remediation, docsUrl: docsUrl2, defaultSeverity })
);
async function lintFiles(request) {
  const patterns = [...request.patterns];
  if (request.stdinFilename !== void 0 && !patterns.includes("-")) {
    throw new UsageError("--stdin-filename needs - among the paths (standard input)");
  }
  const filterMode = request.filterMode ?? "nofilter";
  if (filterMode !== "nofilter" && request.base === void 0) {
    throw new UsageError(`--filter-mode ${filterMode} needs --base <git-ref>: the change is what findings are filtered by`);
  }
  if (request.base !== void 0 && patterns.includes("-")) {
    throw new UsageError("--base cannot be used with standard input (-): it has no base version in Git");
  }
  const config2 = await loadConfig({
    configPath: request.configPath,
    cwd: request.cwd,
    knownRuleIds: RULE_DESCRIPTIONS.map((rule) => rule.id)
  });
  const discovered = await discoverFiles(patterns, {
    cwd: request.cwd,
    ignores: [
      { globs: config2.ignores, baseDir: config2.baseDir },
      { globs: [...request.ignorePatterns ?? []], baseDir: request.cwd }
    ],
    errorOnUnmatchedPattern: request.errorOnUnmatchedPattern ?? true,
    onNotice: request.onNotice
  });
  const maxFileSize = request.maxFileSize ?? config2.maxFileSize;
  let maps;
  const addressMaps2 = request.addressMaps ? (await Promise.resolve().then(() => (init_address_map(), address_map_exports))).addressMaps : void 0;
  const options = {
    config: config2,
    rules: allRules,
    quiet: request.quiet ?? false,
    cwd: request.cwd,
    parseAll: request.parseAll ?? false,
    ...addressMaps2 && { onScopes: (scopes) => maps = addressMaps2(scopes, config2, request.cwd) }
  };
  const gate = relevanceGateFor(options);
  const analyses = await analyzeFiles(discovered.files, { gate: gate.spec, maxFileSize, threads: request.threads });
  let stdin;
  if (discovered.stdin) {
    if (request.readStdin === void 0) throw new UsageError("standard input (-) cannot be read here");
    const name = request.stdinFilename === void 0 ? "<stdin>" : path17.resolve(request.cwd, request.stdinFilename);
    stdin = decodeSource(name, await request.readStdin(maxFileSize), { maxFileSize });
    analyses.push(analyzeSource(stdin, gate));
  }
  if (request.base !== void 0) {
    const { readBaseSide: readBaseSide2 } = await Promise.resolve().then(() => (init_base_side(), base_side_exports));
    options.change = readBaseSide2({
      ref: request.base,
      filterMode,
      cwd: request.cwd,
      patterns,
      ignorePatterns: request.ignorePatterns ?? [],
      config: config2,
      headFiles: discovered.files,
      gate,
      maxFileSize
    });
  }
  for (const notice of templateNotices(analyses, request.cwd)) request.onNotice?.(notice);
  const loadText = (filePath) => filePath === stdin?.filePath ? stdin.text : readTextAgain(filePath);
  const withObjects = analyses.filter((analysis) => analysis.documents.length > 0 && analysis.filePath !== stdin?.filePath);
  const namespaces = kustomizeNamespaces(withObjects.map((analysis) => analysis.filePath), repositoryRootOf(request.cwd) ?? request.cwd, discovered.files);
  options.namespaceOf = (filePath) => namespaces.get(filePath);
  options.walkedFolders = walkedFolders(patterns, request.cwd);
  const findings = lintAnalyses(analyses, loadText, options);
  const results = toLintResults(analyses.map((analysis) => analysis.filePath), findings);
  return { results, totals: totals(results), rules: RULE_DESCRIPTIONS, ...maps && { addressMaps: maps } };
}
function walkedFolders(patterns, cwd) {
  return patterns.filter((pattern) => pattern !== "-").map((pattern) => path17.resolve(cwd, pattern)).filter((folder) => statSync3(folder, { throwIfNoEntry: false })?.isDirectory() === true);
}
function templateNotices(analyses, cwd) {
  return analyses.filter((analysis) => (analysis.templateDocuments ?? 0) > 0).map((analysis) => {
    const shown2 = echo(path17.relative(cwd, analysis.filePath) || analysis.filePath, 200);
    return `${shown2}: a Go template (a Helm chart's?), not a manifest: what holds {{ … }} and is not YAML was not linted. Lint the rendered output: helm template <release> <chart> | calico-lint -`;
  });
}
function exitCodeOf(run, maxWarnings) {
  if (run.totals.errorCount > 0) return 1;
  return tooManyWarnings(run, maxWarnings) ? 1 : 0;
}
function tooManyWarnings(run, maxWarnings) {
  return maxWarnings >= 0 && run.totals.warningCount > maxWarnings;
}
function formatterData(run, options) {
  return {
    cwd: options.cwd,
    rulesMeta: rulesMeta(run.rules.map((meta2) => ({ meta: meta2 }))),
    rules: run.rules,
    // The Git root of the linted files, not of the working folder: reports must not depend on where calico-lint started.
    repositoryRoot: options.repositoryRoot ?? gitRootOfFiles(run.results.map((result) => result.filePath), options.cwd),
    version: VERSION2,
    stepSummary: options.stepSummary ?? false,
    ...run.addressMaps && { addressMaps: run.addressMaps },
    keepSuppressed: options.keepSuppressed ?? false,
    category: options.category,
    notice: options.notice
  };
}

// src/action/run-action.ts
init_git();

// src/action/github-runner.ts
import { randomUUID } from "node:crypto";
import { appendFile } from "node:fs/promises";
import { EOL } from "node:os";
function getInput(env, name) {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function getMultilineInput(env, name) {
  return getInput(env, name).split("\n").map((line) => line.trim()).filter((line) => line !== "");
}
function keyValueMessage(name, value, delimiter = `ghadelimiter_${randomUUID()}`) {
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`unexpected input: the output ${name} contains the delimiter ${delimiter}`);
  }
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}
async function setOutputs(env, outputs) {
  const file = env.GITHUB_OUTPUT;
  if (!file) return;
  const text = Object.entries(outputs).map(([name, value]) => `${keyValueMessage(name, value)}${EOL}`).join("");
  await appendFile(file, text, { encoding: "utf8" });
}

// src/action/run-action.ts
function readInputs(env) {
  const paths = getMultilineInput(env, "path");
  const maxWarningsText = getInput(env, "max-warnings") || "-1";
  if (!/^-?\d+$/.test(maxWarningsText) || Number(maxWarningsText) < -1) {
    throw new UsageError(`input max-warnings must be an integer, -1 for no limit; got ${JSON.stringify(maxWarningsText)}`);
  }
  return {
    paths: paths.length > 0 ? paths : ["."],
    config: getInput(env, "config"),
    // The runner always passes the default; an unset variable means the same.
    sarifFile: env["INPUT_SARIF-FILE"] === void 0 ? "calico-lint.sarif" : getInput(env, "sarif-file"),
    maxWarnings: Number(maxWarningsText),
    ...changeInputs(env),
    workingDirectory: getInput(env, "working-directory") || ".",
    category: getInput(env, "category")
  };
}
function changeInputs(env) {
  const input = getInput(env, "base");
  const base = input || pullRequestBaseSha(env);
  const modeInput = getInput(env, "filter-mode");
  const mode = modeInput || (base === void 0 ? "nofilter" : "added");
  if (!FILTER_MODES.includes(mode)) {
    throw new UsageError(`input filter-mode must be one of ${FILTER_MODES.join(", ")}; got ${JSON.stringify(mode)}`);
  }
  return { base, filterMode: mode, baseFromEvent: input === "" && base !== void 0, filterModeDefaulted: modeInput === "" };
}
function withoutMissingBase(inputs, workspace, warn) {
  if (!inputs.baseFromEvent || inputs.base === void 0 || hasCommit(workspace, inputs.base)) return inputs;
  warn(`the pull request's base commit ${inputs.base} is not in the checkout, so migration checks do not run and every finding is reported. Fetch it: actions/checkout with fetch-depth: 0`);
  return { ...inputs, base: void 0, filterMode: inputs.filterModeDefaulted ? "nofilter" : inputs.filterMode };
}
function pullRequestBaseSha(env) {
  const event = env.GITHUB_EVENT_NAME ?? "";
  if (event !== "pull_request" && event !== "pull_request_target" || !env.GITHUB_EVENT_PATH) return void 0;
  try {
    const payload = JSON.parse(readFileSync4(env.GITHUB_EVENT_PATH, "utf8"));
    const sha = payload.pull_request?.base?.sha;
    return typeof sha === "string" && /^[0-9a-f]{40,64}$/.test(sha) ? sha : void 0;
  } catch {
    return void 0;
  }
}
async function runAction(env, io) {
  const workspace = path18.resolve(io.cwd, env.GITHUB_WORKSPACE || ".");
  try {
    const warn = (text) => io.stdout(`${workflowCommand("warning", { title: "calico-lint" }, text)}
`);
    const inputs = withoutMissingBase(readInputs(env), workspace, warn);
    const cwd = await workingDirectory(workspace, inputs.workingDirectory);
    if (inputs.sarifFile !== "") refuseLinkedReportFolder(path18.resolve(cwd, inputs.sarifFile), workspace, inputs.sarifFile);
    const run = await lintFiles({
      patterns: inputs.paths,
      cwd,
      configPath: inputs.config || void 0,
      base: inputs.base,
      filterMode: inputs.filterMode,
      // Skipped FIFOs, links leaving the workspace and the like: visible in the log, not silent.
      onNotice: (notice) => io.stdout(`${workflowCommand("warning", { title: "calico-lint" }, notice)}
`),
      // The job summary shows the address map of each cluster.
      addressMaps: env.GITHUB_STEP_SUMMARY !== void 0 && env.GITHUB_STEP_SUMMARY !== ""
    });
    const summaryFile = env.GITHUB_STEP_SUMMARY || void 0;
    const data = formatterData(run, {
      cwd,
      stepSummary: summaryFile !== void 0,
      category: inputs.category || void 0,
      notice: (text) => io.stdout(`${workflowCommand("warning", { title: "calico-lint" }, text)}
`)
    });
    io.stdout(formatGithub(run.results, data));
    let sarifPath = "";
    if (inputs.sarifFile !== "") {
      sarifPath = path18.resolve(cwd, inputs.sarifFile);
      refuseLinkedReportFolder(sarifPath, workspace, inputs.sarifFile);
      await mkdir(path18.dirname(sarifPath), { recursive: true });
      if (!path18.isAbsolute(inputs.sarifFile)) await assertInside(workspace, path18.dirname(sarifPath), inputs.sarifFile);
      await writeReportFile(sarifPath, formatSarif(run.results, data), inputs.sarifFile);
    }
    const { errorCount, warningCount } = run.totals;
    await setOutputs(env, { errors: String(errorCount), warnings: String(warningCount), "sarif-file": sarifPath });
    if (summaryFile !== void 0) {
      try {
        await appendFile2(summaryFile, githubSummary(run.results, data) + addressMapMarkdown(data.addressMaps));
      } catch (error2) {
        io.stdout(`${workflowCommand("warning", { title: "calico-lint" }, `cannot write the job summary: ${describeFsError(error2)}`)}
`);
      }
    }
    io.stdout(
      `calico-lint: ${plural(errorCount, "error")} and ${plural(warningCount, "warning")} in ${plural(run.results.length, "file")}` + (sarifPath === "" ? ".\n" : `; SARIF report: ${sanitize(reportPath(sarifPath, workspace))}
`)
    );
    if (errorCount === 0 && tooManyWarnings(run, inputs.maxWarnings)) {
      io.stdout(`${workflowCommand("error", { title: "calico-lint" }, `too many warnings: ${warningCount}, the maximum is ${inputs.maxWarnings} (input max-warnings)`)}
`);
    }
    return exitCodeOf(run, inputs.maxWarnings);
  } catch (error2) {
    if (error2 instanceof UsageError) {
      io.stdout(`${workflowCommand("error", { title: "calico-lint" }, error2.message)}
`);
      return 2;
    }
    const err = error2;
    io.stdout(`${workflowCommand("error", { title: "calico-lint internal error" }, err?.message ?? String(error2))}
`);
    io.stderr(`${err?.stack ?? String(error2)}
`);
    return 2;
  }
}
async function workingDirectory(workspace, input) {
  const dir = path18.resolve(workspace, input);
  let real;
  try {
    real = await realpath3(dir);
  } catch (error2) {
    throw new UsageError(`input working-directory ${sanitize(JSON.stringify(input))}: ${describeFsError(error2)}`);
  }
  const root = await realpath3(workspace);
  if (real !== root && !real.startsWith(`${root}${path18.sep}`)) {
    throw new UsageError(`input working-directory ${sanitize(JSON.stringify(input))} leads out of the workspace`);
  }
  if (!(await stat3(real)).isDirectory()) throw new UsageError(`input working-directory ${sanitize(JSON.stringify(input))} is not a folder`);
  return dir;
}
async function assertInside(workspace, dir, shown2) {
  const [root, real] = await Promise.all([realpath3(workspace), realpath3(dir)]);
  if (real !== root && !real.startsWith(`${root}${path18.sep}`)) {
    throw new UsageError(`cannot write ${shown2}: its folder leads out of the workspace through a symbolic link`);
  }
}

// src/action/main.ts
process.exitCode = await runAction(process.env, {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text)
});
