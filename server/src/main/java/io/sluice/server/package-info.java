package io.sluice.server;
