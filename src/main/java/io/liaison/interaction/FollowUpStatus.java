package io.liaison.interaction;

public enum FollowUpStatus {
    OPEN,
    DONE
}
