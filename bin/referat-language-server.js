#!/usr/bin/env -S node --max-semi-space-size=48
require('../dist/server.js');
