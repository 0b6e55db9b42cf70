package io.liaison.policyarea.service;

/** A policy area an admin adds to the reference data. */
public record NewPolicyArea(String code, String name, String description) {}
